package xsh.hv.command;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place that turns words into a command line for the remote host's shell. ssh sends
 * the remote command as one string that the user's login shell splits again, so each word is
 * put in single quotes, inside which sh gives no character a meaning; a single quote in the word
 * ends the quotes, is written escaped, and opens them again.
 */
public final class ShellWords {

    private ShellWords() {
    }

    /** {@code word} as sh reads back exactly it, and nothing else. */
    public static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words joined, each quoted, for the remote shell to split back into them. */
    public static String commandLine(List<String> words) {
        return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }
}
