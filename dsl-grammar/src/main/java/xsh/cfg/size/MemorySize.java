package xsh.cfg.size;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.Conversion;
import xsh.error.XshException;

/**
 * An amount of memory, held in KiB as libxl counts it.
 *
 * <p>Two spellings are read:
 * <ul>
 * <li>{@link #parseXl(String)}: xl's own argument of {@code mem-set} and {@code mem-max},
 * with every quirk of xl 4.17;</li>
 * <li>{@link #parse(String)}: the friendlier form of xsh's own options.</li>
 * </ul>
 * Both treat a bare number as MiB and every unit as a power of 1024, so a size means the
 * same in either.
 */
public record MemorySize(long kib) implements Comparable<MemorySize> {

    private static final long KIB_PER_MIB = 1L << 10;
    private static final long KIB_PER_GIB = 1L << 20;
    private static final long KIB_PER_TIB = 1L << 30;
    private static final Pattern HUMAN =
            Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*");

    public static MemorySize ofKiB(long kib) {
        return new MemorySize(kib);
    }

    public static MemorySize ofMiB(long mib) {
        return new MemorySize(Math.multiplyExact(mib, KIB_PER_MIB));
    }

    /**
     * Reads a size exactly as xl's {@code mem-set}/{@code mem-max} do: a C {@code strtoll}
     * number then at most one suffix, {@code b k m g t} in either case; no suffix means
     * MiB (xl's manual says KiB, the code says MiB) and {@code b} is bytes, rounded down to
     * whole KiB. xl's oddities are kept: {@code ""} and {@code "m"} read as 0, a minus sign
     * is allowed ({@code -2} is -2048 KiB, which libxl refuses later), overflow wraps, and
     * any result of exactly -1 KiB is refused because xl uses -1 to mean "invalid".
     *
     * @throws XshException {@code invalid memory size: TEXT}, exit code 1
     */
    public static MemorySize parseXl(String text) {
        // xl's strtoll(text, &end, 10); long long is strtol's long on 64-bit hosts.
        // xl does not check errno, so an overflow goes on with the clamped value.
        Conversion number = CNumbers.strtol(text, 0, 10);
        String suffix = text.substring(number.end());
        if (suffix.length() > 1) {
            throw invalid(text);
        }
        long kib = number.value();
        // ASCII only: xl lower-cases one byte, and a non-ASCII character is several bytes
        switch (suffix.isEmpty() ? 'm' : asciiLowerCase(suffix.charAt(0))) {
            case 't' -> kib <<= 30;
            case 'g' -> kib <<= 20;
            case 'm' -> kib <<= 10;
            case 'k' -> { }
            case 'b' -> kib >>= 10;
            default -> throw invalid(text);
        }
        if (kib == -1) {
            throw invalid(text);
        }
        return new MemorySize(kib);
    }

    /**
     * Reads a size for xsh's own options: a number, optionally with a decimal fraction,
     * then optionally a unit: {@code B}, {@code K}/{@code KB}/{@code KiB}, {@code M}...,
     * {@code G}..., {@code T}... in any case, with or without a space. All units are
     * binary ({@code 1G} = 1024 MiB) and a bare number is MiB, as in xl. A fraction is
     * allowed when the result is a whole number of KiB: {@code 1.5G} is 1536 MiB, while
     * {@code 0.5K} and {@code 100B} are refused rather than silently rounded. What
     * {@link #toString()} prints reads back to the same size.
     *
     * @throws XshException for anything else, exit code 1
     */
    public static MemorySize parse(String text) {
        Matcher m = HUMAN.matcher(text);
        if (!m.matches()) {
            throw new XshException("invalid memory size: " + text
                    + " (expected a number with an optional unit, e.g. 512M, 32G or 1.5G)", 1);
        }
        long bytesPerUnit = bytesPerUnit(m.group(2), text);
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(bytesPerUnit));
        BigDecimal[] kib = bytes.divideAndRemainder(BigDecimal.valueOf(1024));
        if (kib[1].signum() != 0) {
            throw new XshException("invalid memory size: " + text + " (not a whole number of KiB)", 1);
        }
        try {
            return new MemorySize(kib[0].longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new XshException("invalid memory size: " + text + " (too large)", 1);
        }
    }

    private static char asciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static long bytesPerUnit(String unit, String text) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "b" -> 1;
            case "k", "kb", "kib" -> 1L << 10;
            case "", "m", "mb", "mib" -> 1L << 20;
            case "g", "gb", "gib" -> 1L << 30;
            case "t", "tb", "tib" -> 1L << 40;
            default -> throw new XshException("invalid memory size: " + text
                    + " (unknown unit '" + unit + "'; use B, K, M, G or T)", 1);
        };
    }

    private static XshException invalid(String text) {
        return new XshException("invalid memory size: " + text, 1);
    }

    public long bytes() {
        return Math.multiplyExact(kib, 1024L);
    }

    @Override
    public int compareTo(MemorySize other) {
        return Long.compare(kib, other.kib);
    }

    /** The size in the largest binary unit that shows it exactly: {@code 512 MiB}, {@code 32 GiB}. */
    @Override
    public String toString() {
        if (kib == 0) {
            return "0 KiB";
        }
        if (kib % KIB_PER_TIB == 0) {
            return kib / KIB_PER_TIB + " TiB";
        }
        if (kib % KIB_PER_GIB == 0) {
            return kib / KIB_PER_GIB + " GiB";
        }
        if (kib % KIB_PER_MIB == 0) {
            return kib / KIB_PER_MIB + " MiB";
        }
        return kib + " KiB";
    }
}
