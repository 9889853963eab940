package xsh.shell;

import java.util.ArrayList;
import java.util.List;
import xsh.error.XshException;

/**
 * Splits command text ({@code -c} text, a piped line, a REPL line) into commands and words with
 * sh's quoting, so that what works in a script works at the prompt: {@code ;} and newlines end a
 * command, {@code '…'} is literal, {@code "…"} honours {@code \"} and {@code \\}, a backslash
 * outside quotes takes the next character literally, and {@code #} at the start of a word starts
 * a comment that runs to the end of the line.
 */
final class CommandLineSplitter {

    /** Exit code for text that cannot be split, as sh gives for a syntax error. */
    static final int SYNTAX_ERROR = 2;

    private final String text;
    private final List<List<String>> commands = new ArrayList<>();
    private List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private int pos;

    private CommandLineSplitter(String text) {
        this.text = text;
    }

    /** The non-empty commands of {@code text}, each as its list of words. */
    static List<List<String>> split(String text) {
        return new CommandLineSplitter(text).run();
    }

    private List<List<String>> run() {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            switch (c) {
                case ';', '\n' -> endCommand();
                case ' ', '\t', '\r' -> endWord();
                case '\'' -> singleQuoted();
                case '"' -> doubleQuoted();
                case '\\' -> escaped();
                case '#' -> {
                    if (inWord) {
                        append(c);
                    } else {
                        skipComment();
                    }
                }
                default -> append(c);
            }
        }
        endCommand();
        return commands;
    }

    private void singleQuoted() {
        inWord = true;
        int end = text.indexOf('\'', pos);
        if (end < 0) {
            throw unterminated('\'');
        }
        word.append(text, pos, end);
        pos = end + 1;
    }

    private void doubleQuoted() {
        inWord = true;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c == '\\' && pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\\')) {
                c = text.charAt(pos++);
            }
            word.append(c);
        }
        throw unterminated('"');
    }

    private void escaped() {
        if (pos < text.length()) {
            char next = text.charAt(pos++);
            if (next == '\n') {
                return; // a line continuation, as in sh
            }
            append(next);
        } else {
            append('\\');
        }
    }

    private void skipComment() {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
    }

    private void append(char c) {
        inWord = true;
        word.append(c);
    }

    private void endWord() {
        if (inWord) {
            words.add(word.toString());
            word.setLength(0);
            inWord = false;
        }
    }

    private void endCommand() {
        endWord();
        if (!words.isEmpty()) {
            commands.add(words);
            words = new ArrayList<>();
        }
    }

    private static XshException unterminated(char quote) {
        return new XshException("xsh: missing closing " + quote + " quote", SYNTAX_ERROR);
    }
}
