package xsh.shell.render;

import java.util.Locale;

/**
 * Byte counts for people in binary units, {@code B} to {@code TiB}: the largest unit the
 * count reaches, one decimal from KiB on ({@code 812 B}, {@code 1.0 GiB}, {@code 85.3 MiB/s}).
 */
public final class ByteUnits {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private ByteUnits() {
    }

    /** {@code 812 B}, {@code 256.0 MiB}, {@code 1.5 GiB}. */
    public static String of(long bytes) {
        int unit = unitOf(bytes);
        return unit == 0 ? bytes + " B" : scaled(bytes, unit) + " " + UNITS[unit];
    }

    /** As {@link #of}, a whole number of its unit without the decimal: {@code 256 MiB}, {@code 1.5 GiB}. */
    public static String trimmed(long bytes) {
        int unit = unitOf(bytes);
        double value = in(bytes, unit);
        return value == Math.rint(value) ? (long) value + " " + UNITS[unit] : of(bytes);
    }

    /** A rate: {@code 85.3 MiB/s}, {@code 512 B/s}. */
    public static String rate(double bytesPerSecond) {
        return of((long) bytesPerSecond) + "/s";
    }

    /** Two amounts in the unit of {@code total}: {@code 128.0/256.0 MiB}. */
    public static String ofTotal(long done, long total) {
        int unit = unitOf(total);
        if (unit == 0) {
            return done + "/" + total + " B";
        }
        return scaled(done, unit) + "/" + scaled(total, unit) + " " + UNITS[unit];
    }

    private static int unitOf(long bytes) {
        int unit = 0;
        while (unit < UNITS.length - 1 && bytes >= 1L << (10 * (unit + 1))) {
            unit++;
        }
        return unit;
    }

    private static double in(long bytes, int unit) {
        return (double) bytes / (1L << (10 * unit));
    }

    private static String scaled(long bytes, int unit) {
        return String.format(Locale.ROOT, "%.1f", in(bytes, unit));
    }
}
