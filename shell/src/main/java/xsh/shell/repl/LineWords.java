package xsh.shell.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of command text ({@code -c} text, a piped line, a line at the prompt) with where each
 * stands: the one reading of sh's quoting that running a line and drawing it both use, so that
 * what is drawn is what runs. {@code ;} and newlines end a command, {@code '…'} is literal,
 * {@code "…"} honours {@code \"} and {@code \\}, a backslash outside quotes takes the next
 * character literally (before a newline it joins the lines), and {@code #} at the start of a word
 * starts a comment that runs to the end of the line. It never fails: a line is drawn at every
 * keystroke, half-typed quotes included, so an unclosed quote makes an unterminated word, which
 * running the text refuses.
 *
 * @param commentStart where the first comment begins, or -1
 */
public record LineWords(List<Word> words, int commentStart) {

    /**
     * A word: its characters {@code [start, end)} in the line, its value with quotes removed,
     * whether it starts a command (first in the text or after {@code ;} or a newline), and the
     * quote left open in it, or 0.
     */
    public record Word(int start, int end, String value, boolean startsCommand, char openQuote) {

        /** Whether a quote in it is left open: the text goes on past its end. */
        public boolean unterminated() {
            return openQuote != 0;
        }
    }

    /** The words of {@code line}. */
    public static LineWords of(String line) {
        List<Word> words = new ArrayList<>();
        int commentStart = -1;
        boolean commandStart = true;
        int pos = 0;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == ';' || c == '\n') {
                commandStart = true;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (isLineContinuation(line, pos)) {
                pos += 2;
            } else if (c == '#') {
                commentStart = commentStart < 0 ? pos : commentStart;
                int end = line.indexOf('\n', pos);
                pos = end < 0 ? line.length() : end;
            } else {
                Word word = word(line, pos, commandStart);
                words.add(word);
                commandStart = false;
                pos = word.end();
            }
        }
        return new LineWords(List.copyOf(words), commentStart);
    }

    private static boolean isLineContinuation(String line, int pos) {
        return line.charAt(pos) == '\\' && pos + 1 < line.length() && line.charAt(pos + 1) == '\n';
    }

    private static Word word(String line, int start, boolean startsCommand) {
        StringBuilder value = new StringBuilder();
        int pos = start;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == ';' || c == '\n' || c == ' ' || c == '\t' || c == '\r') {
                break;
            }
            pos++;
            if (c == '\'') {
                int close = line.indexOf('\'', pos);
                if (close < 0) {
                    value.append(line, pos, line.length());
                    return new Word(start, line.length(), value.toString(), startsCommand, '\'');
                }
                value.append(line, pos, close);
                pos = close + 1;
            } else if (c == '"') {
                boolean closed = false;
                while (pos < line.length()) {
                    char d = line.charAt(pos++);
                    if (d == '"') {
                        closed = true;
                        break;
                    }
                    if (d == '\\' && pos < line.length() && (line.charAt(pos) == '"' || line.charAt(pos) == '\\')) {
                        d = line.charAt(pos++);
                    }
                    value.append(d);
                }
                if (!closed) {
                    return new Word(start, line.length(), value.toString(), startsCommand, '"');
                }
            } else if (c == '\\' && pos < line.length()) {
                char next = line.charAt(pos++);
                if (next != '\n') { // a line continuation joins the word across the lines
                    value.append(next);
                }
            } else {
                value.append(c);
            }
        }
        return new Word(start, pos, value.toString(), startsCommand, (char) 0);
    }
}
