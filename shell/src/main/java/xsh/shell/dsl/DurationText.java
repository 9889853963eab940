package xsh.shell.dsl;

import java.math.BigDecimal;
import java.time.Duration;

/** A duration as a message says it: {@code 30 s}, {@code 0.2 s}, {@code 90 s}. */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds())
                .add(BigDecimal.valueOf(duration.getNano(), 9));
        return seconds.stripTrailingZeros().toPlainString() + " s";
    }
}
