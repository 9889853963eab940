package xsh.shell.top;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** A delay as the user types it, for {@code -d} and the view's {@code d} key: a positive number of seconds. */
final class DelayText {

    private DelayText() {
    }

    /** The delay, to the nanosecond; empty unless the text is a positive number. */
    static Optional<Duration> parse(String text) {
        try {
            BigDecimal seconds = new BigDecimal(text.trim());
            if (seconds.signum() > 0) {
                return Optional.of(Duration.ofNanos(
                        seconds.movePointRight(9).max(BigDecimal.ONE).toBigInteger().longValueExact()));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not a number of seconds a delay can be
        }
        return Optional.empty();
    }
}
