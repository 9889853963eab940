package xsh.shell.dsl;

import java.time.Duration;

/** A length of time as a script gives it: a Duration ({@code 30.seconds}) or a number of seconds. */
final class DurationArgument {

    private DurationArgument() {
    }

    static Duration of(NamedArguments args, String name, Object value) {
        if (value instanceof Duration d && !d.isNegative()) {
            return d;
        }
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0) {
            return Duration.ofSeconds(((Number) value).longValue());
        }
        if (value instanceof Number n && n.doubleValue() >= 0) {
            return Duration.ofMillis(Math.round(n.doubleValue() * 1000));
        }
        throw args.wrong(name, "a Duration or a number of seconds", value);
    }
}
