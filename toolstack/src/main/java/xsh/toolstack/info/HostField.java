package xsh.toolstack.info;

import java.util.Optional;

/**
 * One line of {@code xl info}.
 *
 * @param key        xl's name for it ({@code free_memory})
 * @param value      the value typed for JSON: a Long, a BigDecimal, a String or a list of words
 * @param afterColon what xl prints after the key's colon: a space and the value, except for
 *                   {@code virt_caps}, whose format puts a space before each word and so
 *                   prints nothing at all when there are none
 */
public record HostField(String key, Object value, String afterColon) {

    /** The column xl pads keys to: {@code "%-23s: "} in effect. */
    public static final int KEY_WIDTH = 23;

    static HostField of(String key, Object value) {
        return new HostField(key, value, " " + value);
    }

    /** The line as xl prints it, without its newline. */
    public String xlLine() {
        return key + " ".repeat(Math.max(0, KEY_WIDTH - key.length())) + ":" + afterColon;
    }

    /**
     * What {@code xl info PREFIX} prints for this line, if anything: the text after
     * {@code ": "} of a line that starts with {@code prefix}. xl compares the prefix with
     * the whole formatted line, padding and value included.
     */
    public Optional<String> valueIfSelectedBy(String prefix) {
        String line = xlLine();
        int colon = line.indexOf(':');
        if (!line.startsWith(prefix) || colon + 1 >= line.length() || line.charAt(colon + 1) != ' ') {
            return Optional.empty();
        }
        return Optional.of(line.substring(colon + 2));
    }
}
