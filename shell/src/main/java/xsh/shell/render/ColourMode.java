package xsh.shell.render;

import java.util.Map;

/**
 * When xsh colours what it prints for people, as {@code --color=auto|always|never} says. Colours
 * are for a person at a terminal: a pipe or a file gets plain text, so scripts that read xsh's
 * output see xl's bytes.
 */
public enum ColourMode {
    /** Colours when stdout is a terminal, unless NO_COLOR is set or the terminal is dumb. */
    auto,
    /** Colours wherever the output goes (e.g. into {@code less -R}); beats NO_COLOR, as no-color.org asks. */
    always,
    never;

    /** Set to anything but the empty string, it turns colours off (https://no-color.org). */
    public static final String NO_COLOR = "NO_COLOR";

    /** Whether output gets colours, given the environment and whether it goes to a terminal. */
    public boolean colours(Map<String, String> environment, boolean outputIsTerminal) {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> outputIsTerminal && !isSet(environment.get(NO_COLOR)) && !"dumb".equals(environment.get("TERM"));
        };
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
