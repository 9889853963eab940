package xsh.shell.render;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The text of a progress line: the label, a bar, the percentage, the bytes done out of the
 * total, the rate and the time left, e.g.
 * {@code Saving memory [######      ]  50% 128.0/256.0 MiB 85.3 MiB/s ETA 0:02}. With the
 * longest label, sizes below 1024 TiB and an ETA under ten hours it fits in 79 columns, so it
 * does not wrap on a standard terminal (a wrapped line could not be redrawn in place).
 */
public final class ProgressText {

    static final int BAR_WIDTH = 12;
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};
    private static final String UNKNOWN_RATE = "--.- B/s";
    private static final String UNKNOWN_ETA = "--:--";

    private ProgressText() {
    }

    /** @param bytesPerSecond the rate so far; empty before it can be measured */
    public static String line(String label, long done, long total, OptionalDouble bytesPerSecond) {
        long clamped = Math.max(0, Math.min(done, total));
        int percent = total <= 0 ? 100 : (int) (clamped * 100 / total);
        return label + " " + bar(clamped, total) + " " + CText.padLeft(Integer.toString(percent), 3) + "% "
                + amounts(clamped, total) + " " + rate(bytesPerSecond) + " ETA " + eta(total - clamped, bytesPerSecond);
    }

    static String bar(long done, long total) {
        int filled = total <= 0 ? BAR_WIDTH : (int) (done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
    }

    /** Done and total in the total's unit: {@code 128.0/256.0 MiB}. */
    static String amounts(long done, long total) {
        int unit = unitOf(total);
        if (unit == 0) {
            return done + "/" + total + " B";
        }
        return scaled(done, unit) + "/" + scaled(total, unit) + " " + UNITS[unit];
    }

    static String rate(OptionalDouble bytesPerSecond) {
        if (bytesPerSecond.isEmpty()) {
            return UNKNOWN_RATE;
        }
        long rate = (long) bytesPerSecond.getAsDouble();
        int unit = unitOf(rate);
        return (unit == 0 ? Long.toString(rate) : scaled(rate, unit)) + " " + UNITS[unit] + "/s";
    }

    /** The time left at the rate so far: {@code M:SS}, or {@code H:MM:SS} from an hour on. */
    static String eta(long left, OptionalDouble bytesPerSecond) {
        if (left == 0) {
            return "0:00";
        }
        if (bytesPerSecond.isEmpty() || bytesPerSecond.getAsDouble() <= 0) {
            return UNKNOWN_ETA;
        }
        long seconds = (long) Math.ceil(left / bytesPerSecond.getAsDouble());
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static int unitOf(long bytes) {
        int unit = 0;
        while (unit < UNITS.length - 1 && bytes >= 1L << (10 * (unit + 1))) {
            unit++;
        }
        return unit;
    }

    private static String scaled(long bytes, int unit) {
        return String.format(Locale.ROOT, "%.1f", (double) bytes / (1L << (10 * unit)));
    }
}
