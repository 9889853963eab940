package xsh.shell.dsl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import xsh.error.XshException;

/**
 * xl.cfg settings a script gives as Groovy values, as the {@code key=value} lines
 * {@code create} and {@code cpupool-create} append to a file: a map
 * ({@code [memory: 1024, name: 'web2', disk: ['/img/w.img,raw,xvda,rw']]}, whose strings become
 * xl.cfg strings and lists xl.cfg lists), or {@code key=value} words taken as they are (a list
 * of them, or one).
 */
final class Settings {

    private Settings() {
    }

    static List<String> lines(String method, String argument, Object value) {
        List<String> lines = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> lines.add(key + "=" + xlValue(method, argument, v)));
        } else if (value instanceof Collection<?> words) {
            words.forEach(word -> lines.add(setting(method, argument, word)));
        } else {
            lines.add(setting(method, argument, value));
        }
        return lines;
    }

    private static String setting(String method, String argument, Object word) {
        String text = String.valueOf(word);
        if (!(word instanceof CharSequence) || text.indexOf('=') < 0) {
            throw new XshException(method + ": argument '" + argument + "' must be a map or key=value settings, not "
                    + shown(word), 1);
        }
        return text;
    }

    /** A Groovy value as xl.cfg writes it: numbers bare, strings quoted, lists in brackets. */
    static String xlValue(String method, String argument, Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof Boolean b ? (b ? "1" : "0") : value.toString();
        }
        if (value instanceof Size size) {
            return Long.toString(size.mib()); // xl.cfg's memory settings are in MiB
        }
        if (value instanceof CharSequence text) {
            return "\"" + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof Collection<?> items) {
            List<String> parts = new ArrayList<>();
            items.forEach(item -> parts.add(xlValue(method, argument, item)));
            return "[" + String.join(", ", parts) + "]";
        }
        throw new XshException(method + ": argument '" + argument + "' has a value xl.cfg cannot hold: "
                + shown(value), 1);
    }

    /** A value as a message shows it: text in quotes, anything else with its kind. */
    static String shown(Object value) {
        if (value instanceof CharSequence) {
            return "'" + value + "'";
        }
        return value + " (" + (value == null ? "null" : value.getClass().getSimpleName()) + ")";
    }
}
