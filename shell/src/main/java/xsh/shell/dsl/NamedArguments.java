package xsh.shell.dsl;

import groovy.transform.NamedParam;
import groovy.transform.NamedParams;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import xsh.error.XshException;

/**
 * The named arguments one DSL call was given ({@code save d, f, pause: true}), checked against
 * the {@link NamedParam}s its method declares, so that the names editors complete and the names
 * accepted are written once, on the method. An unknown name, a missing required one or a value
 * of the wrong kind is an error naming the method and the argument, exit code 1.
 */
public final class NamedArguments {

    private static final Map<String, Map<String, NamedParam>> DECLARED = new ConcurrentHashMap<>();

    private final String method;
    private final Map<String, Object> given;

    private NamedArguments(String method, Map<String, Object> given) {
        this.method = method;
        this.given = given;
    }

    /**
     * The arguments {@code given} to {@code owner}'s method {@code method}, checked.
     *
     * @throws XshException {@code save: unknown argument 'pasue'}, exit code 1
     */
    public static NamedArguments of(Class<?> owner, String method, Map<String, ?> given) {
        return of(owner, method, method, given);
    }

    /** As {@link #of(Class, String, Map)}, with the method called {@code shownAs} in messages ({@code zfs.snapshot}). */
    static NamedArguments of(Class<?> owner, String method, String shownAs, Map<String, ?> given) {
        Map<String, NamedParam> declared = declared(owner, method);
        Map<String, Object> copy = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((key, value) -> copy.put(String.valueOf(key), value));
        }
        for (String name : copy.keySet()) {
            if (!declared.containsKey(name)) {
                throw new XshException(shownAs + ": unknown argument '" + name + "'"
                        + (declared.isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ", declared.keySet()) + ")"), 1);
            }
        }
        for (NamedParam param : declared.values()) {
            if (param.required() && copy.get(param.value()) == null) {
                throw new XshException(shownAs + ": argument '" + param.value() + "' is required", 1);
            }
        }
        return new NamedArguments(shownAs, copy);
    }

    /** The names {@code owner}'s methods called {@code method} declare, in their order. */
    static Set<String> names(Class<?> owner, String method) {
        return declared(owner, method).keySet();
    }

    private static Map<String, NamedParam> declared(Class<?> owner, String method) {
        return DECLARED.computeIfAbsent(owner.getName() + "#" + method, key -> {
            Map<String, NamedParam> params = new LinkedHashMap<>();
            for (Method m : owner.getMethods()) {
                if (!m.getName().equals(method)) {
                    continue;
                }
                for (Annotation[] annotations : m.getParameterAnnotations()) {
                    for (Annotation annotation : annotations) {
                        if (annotation instanceof NamedParams many) {
                            for (NamedParam one : many.value()) {
                                params.putIfAbsent(one.value(), one);
                            }
                        } else if (annotation instanceof NamedParam one) {
                            params.putIfAbsent(one.value(), one);
                        }
                    }
                }
            }
            return params;
        });
    }

    /** The method the arguments were given to, for messages. */
    String method() {
        return method;
    }

    boolean has(String name) {
        return given.get(name) != null;
    }

    /** A true/false argument; absent is false. */
    boolean flag(String name) {
        Object value = given.get(name);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrong(name, "true or false", value);
    }

    /** A text argument (a String, a GString, a number, a Path). */
    Optional<String> text(String name) {
        Object value = given.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof java.nio.file.Path
                || value instanceof java.io.File) {
            return Optional.of(value.toString());
        }
        throw wrong(name, "a text", value);
    }

    /** A whole number argument. */
    Optional<Integer> integer(String name) {
        Object value = given.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long n = ((Number) value).longValue();
            if (n == (int) n) {
                return Optional.of((int) n);
            }
        }
        throw wrong(name, "a whole number", value);
    }

    /** The value as given, for the arguments a converter reads (a size, a domain). */
    Optional<Object> value(String name) {
        return Optional.ofNullable(given.get(name));
    }

    /**
     * Settings given as a map ({@code [memory: 1024, vcpus: 2]}) or as {@code key=value} words
     * (a list, or one string): {@code key=value} lines, in order.
     */
    List<String> settings(String name) {
        Object value = given.get(name);
        if (value == null) {
            return List.of();
        }
        return Settings.lines(method, name, value);
    }

    /** zfs properties given as a map: {@code [compression: 'lz4']}. */
    Map<String, String> properties(String name) {
        Object value = given.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrong(name, "a map of property names to values", value);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        map.forEach((key, v) -> properties.put(String.valueOf(key), String.valueOf(v)));
        return properties;
    }

    XshException wrong(String name, String expected, Object value) {
        return new XshException(method + ": argument '" + name + "' must be " + expected + ", not "
                + Settings.shown(value), 1);
    }

    /** The arguments in order, for building the equivalent command line. */
    Set<String> given() {
        return new LinkedHashSet<>(given.keySet());
    }
}
