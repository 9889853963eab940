package xsh.shell.dryrun;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words written back as a command line that xsh (and sh) would split into the same words: a word
 * is single-quoted only when it holds a character the splitter would read specially, so that
 * {@code pause debian} stays as typed and {@code cfg show 'my file.cfg'} can be pasted back.
 */
public final class CommandLineText {

    /** Characters that mean nothing to the splitter anywhere in a word. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./^~\\-]+");

    private CommandLineText() {
    }

    public static String of(List<String> words) {
        return words.stream().map(CommandLineText::quoted).collect(Collectors.joining(" "));
    }

    /** The word as typed: itself when plain, else between single quotes ({@code '} as {@code '\''}). */
    static String quoted(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
