package xsh.shell.cfg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A typed description (nested maps and lists, the {@code --json} document) as aligned lines
 * for people: one line per top-level key, one per item of a list of objects
 * ({@code disks[0]}), and nested objects as {@code key=value} pairs on their line.
 */
final class DescriptionText {

    private DescriptionText() {
    }

    static String of(Map<String, Object> description) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, Object> entry : description.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> map && map.isEmpty()) {
                continue;
            }
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
                for (int i = 0; i < list.size(); i++) {
                    rows.add(new String[] {entry.getKey() + "[" + i + "]", inline(list.get(i))});
                }
            } else {
                rows.add(new String[] {entry.getKey(), inline(value)});
            }
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(row[0]).append(" ".repeat(width - row[0].length() + 2)).append(row[1]).append('\n');
        }
        return out.toString();
    }

    private static String inline(Object value) {
        if (value instanceof Map<?, ?> map) {
            return pairs("", map).stream().collect(Collectors.joining("  "));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DescriptionText::inline).collect(Collectors.joining(", ", "[", "]"));
        }
        return scalar(value);
    }

    private static List<String> pairs(String prefix, Map<?, ?> map) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = prefix + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                pairs.addAll(pairs(key + ".", nested));
            } else {
                pairs.add(key + "=" + inline(entry.getValue()));
            }
        }
        return pairs;
    }

    /** A value as written, quoted where blanks or nothing would make it ambiguous. */
    private static String scalar(Object value) {
        String text = String.valueOf(value);
        if (text.isEmpty() || text.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '"' || c < 0x20)) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
        }
        return text;
    }
}
