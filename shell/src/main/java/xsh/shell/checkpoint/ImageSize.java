package xsh.shell.checkpoint;

import java.util.Locale;

/** An image's size for people: {@code 256 MiB}, {@code 1.5 GiB}, {@code 812 B}. */
final class ImageSize {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private ImageSize() {
    }

    static String of(long bytes) {
        int unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0 || value == Math.rint(value)) {
            return (long) value + " " + UNITS[unit];
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
