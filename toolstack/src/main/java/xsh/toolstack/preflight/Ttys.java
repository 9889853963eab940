package xsh.toolstack.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ttys(5): one terminal per line, {@code name getty type status flags...}, the getty command
 * quoted; comments start with {@code #}.
 */
record Ttys(List<Entry> entries) {

    /** A terminal's line: whether init starts a getty on it (on, onifconsole) and root may log in (secure). */
    record Entry(String line, List<String> fields) {

        String name() {
            return fields.get(0);
        }

        boolean on() {
            return fields.size() > 3 && (fields.get(3).equals("on") || fields.get(3).equals("onifconsole"));
        }

        boolean secure() {
            return fields.size() > 4 && fields.subList(4, fields.size()).contains("secure");
        }
    }

    static Ttys parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> fields = fields(line);
            if (!fields.isEmpty()) {
                entries.add(new Entry(line.strip(), fields));
            }
        }
        return new Ttys(entries);
    }

    Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '"') {
                int end = line.indexOf('"', i + 1);
                end = end < 0 ? line.length() : end;
                fields.add(line.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '#') {
                    end++;
                }
                fields.add(line.substring(i, end));
                i = end;
            }
        }
        return fields;
    }
}
