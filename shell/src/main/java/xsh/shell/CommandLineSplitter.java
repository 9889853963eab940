package xsh.shell;

import java.util.ArrayList;
import java.util.List;
import xsh.error.XshException;
import xsh.shell.repl.LineWords;

/**
 * Splits command text ({@code -c} text, a piped line, a REPL line) into commands and words, as
 * {@link LineWords} reads sh's quoting, so that what works in a script works at the prompt and
 * is drawn there as it runs. Text with a quote left open is a syntax error.
 */
final class CommandLineSplitter {

    /** Exit code for text that cannot be split, as sh gives for a syntax error. */
    static final int SYNTAX_ERROR = 2;

    private CommandLineSplitter() {
    }

    /** The non-empty commands of {@code text}, each as its list of words. */
    static List<List<String>> split(String text) {
        List<List<String>> commands = new ArrayList<>();
        List<String> command = null;
        for (LineWords.Word word : LineWords.of(text).words()) {
            if (word.unterminated()) {
                throw new XshException("xsh: missing closing " + word.openQuote() + " quote", SYNTAX_ERROR);
            }
            if (word.startsCommand() || command == null) {
                command = new ArrayList<>();
                commands.add(command);
            }
            command.add(word.value());
        }
        return commands;
    }
}
