package xsh.cfg.json;

import java.util.List;
import java.util.Map;

/**
 * Writes plain Java values as JSON: Map (keys in iteration order), List, String, Number,
 * Boolean and null. Strings are escaped as JSON requires and nothing more, so a lone
 * surrogate standing for a byte that was not UTF-8 comes out escaped (backslash, u, DCXX).
 */
public final class JsonWriter {

    private final JsonStyle style;
    private final String indentUnit;

    private JsonWriter(JsonStyle style) {
        this.style = style;
        this.indentUnit = style == JsonStyle.LIBXL ? "    " : "  ";
    }

    public static String write(Object value, JsonStyle style) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(style).value(out, value, 0);
        return out.toString();
    }

    private void value(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append(style == JsonStyle.LIBXL ? "{\n\n" + indentUnit.repeat(depth) + "}" : "{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(indentUnit.repeat(depth + 1));
            string(out, String.valueOf(entry.getKey()));
            out.append(": ");
            value(out, entry.getValue(), depth + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        out.append(indentUnit.repeat(depth)).append('}');
    }

    private void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append(style == JsonStyle.LIBXL ? "[\n\n" + indentUnit.repeat(depth) + "]" : "[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            out.append(indentUnit.repeat(depth + 1));
            value(out, list.get(i), depth + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        out.append(indentUnit.repeat(depth)).append(']');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !isPairedSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
