package xsh.cfg.vif;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads vif specifications the two ways xl does, which differ in what is fatal.
 *
 * <ul>
 * <li><b>Config file</b> ({@code vif=["k=v,k=v", ...]}): the string is split at commas
 * (empty fields skipped) and leading spaces are stripped from each field. xl ignores the
 * result of each field, so an unknown key, a bad {@code type=} or a bad {@code mac=} is only
 * a printed line and the vif is still created. Only a bad {@code rate=}, {@code devid=} or
 * {@code mtu=} stops creation.</li>
 * <li><b>network-attach</b>: every command-line word is one key, taken whole (no comma
 * splitting, no stripping), and any refused word fails the command.</li>
 * </ul>
 * Both modes follow Xen 4.17, where for instance {@code vlan=} is not a vif key.
 */
public final class VifSpecParser {

    /** The source name xl gives network-attach's words in its messages. */
    public static final String COMMAND_LINE = "command line";

    private final VifDefaults defaults;

    public VifSpecParser() {
        this(VifDefaults.NONE);
    }

    /** @param defaults xl.conf's {@code vif.default.*}, copied into every vif first */
    public VifSpecParser(VifDefaults defaults) {
        this.defaults = defaults;
    }

    /**
     * Reads one string of a config file's {@code vif} list.
     *
     * @param source the config file name as xl names it in messages
     * @param index  the string's position in the list: its devid unless {@code devid=} says otherwise
     * @return the vif and every line xl printed, refused keys included
     * @throws VifSpecException for a bad rate, devid or mtu
     */
    public ParsedVif parseConfigEntry(String source, int index, String vif) {
        VifSpec.Builder builder = new VifSpec.Builder(defaults);
        builder.devid = index;
        List<String> printed = new ArrayList<>();
        int pos = 0;
        while (true) {
            while (pos < vif.length() && vif.charAt(pos) == ',') {
                pos++;
            }
            if (pos >= vif.length()) {
                break;
            }
            int end = vif.indexOf(',', pos);
            if (end < 0) {
                end = vif.length();
            }
            String field = stripLeadingSpaces(vif.substring(pos, end));
            // behind the field's end xl's buffer still holds the rest of the string
            String behind = end < vif.length() ? vif.substring(end + 1) : null;
            VifKeys.Rejection refused = apply(builder, field, behind, source, printed);
            if (refused != null) {
                printed.add(refused.xlMessage());
            }
            pos = end;
        }
        return new ParsedVif(builder.build(), printed);
    }

    /** Reads network-attach's key=value words, with xl's source name {@value #COMMAND_LINE}. */
    public ParsedVif parseAttachWords(List<String> words) {
        return parseAttachWords(COMMAND_LINE, words);
    }

    /**
     * Reads network-attach's key=value words; the vif's devid is {@link VifSpec#AUTO_DEVID}
     * unless a {@code devid=} word sets it.
     *
     * @throws VifSpecException at the first word xl refuses, carrying the lines printed before it
     */
    public ParsedVif parseAttachWords(String source, List<String> words) {
        VifSpec.Builder builder = new VifSpec.Builder(defaults);
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            // in memory, argv strings follow one another, each ended by a NUL
            String behind = i + 1 < words.size() ? String.join("\0", words.subList(i + 1, words.size())) : null;
            VifKeys.Rejection refused = apply(builder, words.get(i), behind, source, printed);
            if (refused != null) {
                throw new VifSpecException(refused.xlMessage(), refused.humanMessage()).after(printed);
            }
        }
        return new ParsedVif(builder.build(), printed);
    }

    /** @param behind the text that follows the word's terminating NUL in xl's memory, or null */
    private static VifKeys.Rejection apply(VifSpec.Builder builder, String word, String behind, String source,
                                           List<String> printed) {
        try {
            return VifKeys.apply(builder, word, behind, source, printed);
        } catch (VifSpecException e) {
            throw e.after(printed);
        }
    }

    private static String stripLeadingSpaces(String field) {
        int i = 0;
        while (i < field.length() && field.charAt(i) == ' ') {
            i++;
        }
        return field.substring(i);
    }
}
