package xsh.shell.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a line being typed, with where each stands, for drawing it. It reads the line
 * as the command runner will run it (sh's quotes and backslashes, {@code ;} between commands,
 * {@code #} comments) but never fails: a line is drawn at every keystroke, half-typed quotes
 * included, so an unclosed quote makes an unterminated word instead of an error.
 */
record LineWords(List<Word> words, int commentStart) {

    /**
     * A word: its characters {@code [start, end)} in the line, its value with quotes removed,
     * whether it starts a command (first on the line or after {@code ;}), and whether a quote
     * in it is left open.
     */
    record Word(int start, int end, String value, boolean startsCommand, boolean unterminated) {
    }

    /** The words of {@code line}; {@code commentStart} is where a comment begins, or -1. */
    static LineWords of(String line) {
        List<Word> words = new ArrayList<>();
        boolean commandStart = true;
        int pos = 0;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == ';' || c == '\n') {
                commandStart = true;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#') {
                return new LineWords(words, pos);
            } else {
                Word word = word(line, pos, commandStart);
                words.add(word);
                commandStart = false;
                pos = word.end();
            }
        }
        return new LineWords(words, -1);
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
                    return new Word(start, line.length(), value.toString(), startsCommand, true);
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
                    return new Word(start, line.length(), value.toString(), startsCommand, true);
                }
            } else if (c == '\\' && pos < line.length()) {
                value.append(line.charAt(pos++));
            } else {
                value.append(c);
            }
        }
        return new Word(start, pos, value.toString(), startsCommand, false);
    }
}
