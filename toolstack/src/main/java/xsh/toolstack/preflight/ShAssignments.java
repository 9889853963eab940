package xsh.toolstack.preflight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of files that sh sources or that take sh's assignments (rc.conf,
 * /boot/loader.conf, sysctl.conf, /etc/default/grub): {@code KEY=VALUE}, {@code KEY="VALUE"}
 * or {@code KEY='VALUE'}, comments, and the last assignment of a key winning, as
 * {@code sysrc} reads them. {@code $KEY} and {@code ${KEY}} outside single quotes are what
 * the key was set to before (grub's {@code GRUB_CMDLINE_XEN="$GRUB_CMDLINE_XEN ..."}).
 */
public final class ShAssignments {

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)=(.*)$");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, String> values = new LinkedHashMap<>();

    private ShAssignments() {
    }

    /** The files' settings, read in this order (a later file's assignment wins); missing files add nothing. */
    public static ShAssignments read(Dom0Tree tree, String... files) {
        ShAssignments settings = new ShAssignments();
        for (String file : files) {
            tree.read(file).ifPresent(settings::add);
        }
        return settings;
    }

    /** The settings of {@code text} alone. */
    public static ShAssignments parse(String text) {
        ShAssignments settings = new ShAssignments();
        settings.add(text);
        return settings;
    }

    private void add(String text) {
        for (String line : text.split("\n")) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (m.matches()) {
                values.put(m.group(1), value(m.group(2)));
            }
        }
    }

    /** The word after {@code =}: quoted parts joined, ending at blank or a comment outside quotes. */
    private String value(String text) {
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                end = end < 0 ? text.length() : end;
                value.append(text, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                StringBuilder quoted = new StringBuilder();
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    quoted.append(text.charAt(i++));
                }
                value.append(expand(quoted.toString()));
                i++;
            } else if (Character.isWhitespace(c) || c == '#' || c == ';') {
                break;
            } else {
                int end = i;
                while (end < text.length() && "'\" \t#;".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                value.append(expand(text.substring(i, end)));
                i = end;
            }
        }
        return value.toString();
    }

    private String expand(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(name, "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Every setting, in the order they were first set. */
    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** rc's checkyesno: YES, TRUE, ON or 1 in any case. */
    public boolean yes(String key) {
        return get(key).map(v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true", "on", "1" -> true;
            default -> false;
        }).orElse(false);
    }

    /** {@code KEY=VALUE} as found, quoted when not a plain word, or "KEY is not set". */
    public String describe(String key) {
        return get(key).map(v -> key + "=" + (v.matches("[A-Za-z0-9_./:,+-]+") ? v : "\"" + v + "\""))
                .orElse(key + " is not set");
    }
}
