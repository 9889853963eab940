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
    /** The rate before it can be measured. */
    public static final String UNKNOWN_RATE = "--.- B/s";
    private static final String UNKNOWN_ETA = "--:--";

    private ProgressText() {
    }

    /** @param bytesPerSecond the rate so far; empty before it can be measured */
    public static String line(String label, long done, long total, OptionalDouble bytesPerSecond) {
        long clamped = clamp(done, total);
        return label + " " + meter(done, total) + " "
                + amounts(clamped, total) + " " + rate(bytesPerSecond) + " ETA " + eta(total - clamped, bytesPerSecond);
    }

    /** The bar and the percentage of {@code done} out of {@code total}: {@code [######      ]  50%}. */
    public static String meter(long done, long total) {
        long clamped = clamp(done, total);
        int percent = total <= 0 ? 100 : (int) (clamped * 100 / total);
        return bar(clamped, total) + " " + CText.padLeft(Integer.toString(percent), 3) + "%";
    }

    private static long clamp(long done, long total) {
        return Math.max(0, Math.min(done, total));
    }

    static String bar(long done, long total) {
        int filled = total <= 0 ? BAR_WIDTH : (int) (done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
    }

    /** Done and total in the total's unit: {@code 128.0/256.0 MiB}. */
    static String amounts(long done, long total) {
        return ByteUnits.ofTotal(done, total);
    }

    static String rate(OptionalDouble bytesPerSecond) {
        if (bytesPerSecond.isEmpty()) {
            return UNKNOWN_RATE;
        }
        return ByteUnits.rate(bytesPerSecond.getAsDouble());
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

}
