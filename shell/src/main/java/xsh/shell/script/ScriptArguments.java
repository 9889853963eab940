package xsh.shell.script;

import groovy.lang.Closure;
import java.time.Duration;
import java.util.Map;
import xsh.error.XshException;

/**
 * The values of the built-ins' named arguments ({@code times:}, {@code timeout:}), checked by type;
 * their names are checked against the built-ins' {@code @NamedParam}s by the DSL's
 * {@link xsh.shell.dsl.NamedArguments}, as every DSL method's are.
 */
final class ScriptArguments {

    private ScriptArguments() {
    }

    static Integer count(String method, Map<String, ?> options, String name) {
        Object value = options.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number) || number.longValue() < 0 || number.longValue() > Integer.MAX_VALUE
                || number.doubleValue() != number.longValue()) {
            throw new XshException(method + ": " + name + ": a whole number of at least 0, not " + value, 1);
        }
        return number.intValue();
    }

    static Duration duration(String method, Map<String, ?> options, String name, Duration otherwise) {
        Object value = options.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Duration duration) || duration.isNegative()) {
            throw new XshException(method + ": " + name + ": a duration such as 30.seconds, not " + value, 1);
        }
        return duration;
    }

    static Closure<?> closure(String method, Map<String, ?> options, String name) {
        Object value = options.get(name);
        if (value != null && !(value instanceof Closure)) {
            throw new XshException(method + ": " + name + ": a closure such as { domain('x').running }, not " + value, 1);
        }
        return (Closure<?>) value;
    }
}
