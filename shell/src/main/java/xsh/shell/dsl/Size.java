package xsh.shell.dsl;

/**
 * An amount of memory or disk in a script: {@code 512.MiB}, {@code 2.GiB}. Exact in bytes.
 */
public record Size(long bytes) implements Comparable<Size> {

    public static final long KIB = 1024;
    public static final long MIB = KIB * 1024;
    public static final long GIB = MIB * 1024;

    public Size {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes + " bytes");
        }
    }

    public long kib() {
        return bytes / KIB;
    }

    public long mib() {
        return bytes / MIB;
    }

    @Override
    public int compareTo(Size other) {
        return Long.compare(bytes, other.bytes);
    }

    @Override
    public String toString() {
        if (bytes % GIB == 0 && bytes > 0) {
            return bytes / GIB + " GiB";
        }
        if (bytes % MIB == 0 && bytes > 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes % KIB == 0 && bytes > 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + " B";
    }
}
