package xsh.cfg.parse;

import org.antlr.v4.runtime.Token;
import xsh.cfg.diag.Diagnostics;
import xsh.cfg.grammar.XlCfgLexer;
import xsh.cfg.source.SourceSpan;

/**
 * Says in words what a lexical error is. libxlu only says "lexical error" near the text it
 * dropped; the text and what stood right before it are enough to tell a Windows line
 * ending from a negative number, a capitalised key, an unclosed string or stray Python.
 */
final class LexicalErrorDescriber {

    /** libxlu flags "likely Python" on any of these; xsh only where nothing better explains the error. */
    private static final String PYTHON_CHARS = "+-.():";
    private static final String PYTHON_ONLY_CHARS = "+():";
    private static final String BYTE_ORDER_MARK = "\u00EF\u00BB\u00BF";

    private final Diagnostics diagnostics;
    private SourceSpan firstPythonChar;
    private SourceSpan firstCarriageReturn;
    private int carriageReturns;

    LexicalErrorDescriber(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void describe(Token error, Token previous, SourceSpan at) {
        String text = stripNewline(error.getText());
        char first = text.charAt(0);
        if (PYTHON_ONLY_CHARS.indexOf(first) >= 0 && firstPythonChar == null) {
            firstPythonChar = at;
        }
        if (first == '\r' && text.length() == 1) {
            // a CRLF file has one on every line: said once, with how many lines
            if (carriageReturns++ == 0) {
                firstCarriageReturn = at;
            }
            return;
        }
        diagnostics.error(at, message(text, error, previous));
    }

    /** Reports what was gathered over the whole input; called once lexing is done. */
    void finish() {
        if (carriageReturns > 0) {
            String more = carriageReturns > 1 ? " (" + carriageReturns + " lines end so)" : "";
            diagnostics.error(firstCarriageReturn,
                    "carriage return: xl reads only Unix line endings (LF), this file has Windows ones (CRLF)" + more);
        }
    }

    /** See {@link LibxluQuirk#LONE_LAST_BYTE_IGNORED}. */
    void loneLastByte(Token pending, SourceSpan at) {
        diagnostics.warning(at, "stray " + quoted(pending.getText())
                + " at the very end of the file is ignored (as xl ignores it)");
    }

    /** Where the file first looked like Python (libxlu's "likely_python"), or null. */
    SourceSpan firstPythonChar() {
        return firstPythonChar;
    }

    private static String message(String text, Token error, Token previous) {
        char first = text.charAt(0);
        String word = quoted(text.strip());
        boolean glued = previous != null && previous.getStopIndex() + 1 == error.getStartIndex();
        if (first == '\r') {
            return "carriage return: xl reads only Unix line endings (LF), this file has Windows ones (CRLF)";
        }
        if (error.getStartIndex() == 0 && text.startsWith(BYTE_ORDER_MARK)) {
            return "byte-order mark at the start of the file: xl rejects it; save the file as UTF-8 without BOM";
        }
        if (first == '"' || first == '\'') {
            return "unterminated string: the " + first + " has no closing " + first + " on this line";
        }
        if (first == '#') {
            return "the comment on the last line has no newline at its end, which xl rejects";
        }
        if (first == '\0') {
            return "NUL byte: xl.cfg is a text file";
        }
        if (glued && previous.getType() == XlCfgLexer.NUMBER) {
            return numberSuffixMessage(previous.getText(), text);
        }
        if (first == '-' && text.length() > 1 && Character.isDigit(text.charAt(1))) {
            return "negative number " + word + ": xl numbers cannot be negative; quote it (\"" + text.strip()
                    + "\") where a string is meant";
        }
        if (first >= 'A' && first <= 'Z') {
            String name = leadingName(text);
            return atStatementStart(previous)
                    ? "setting name " + quoted(name) + " has upper-case letters: xl names are lower-case ("
                            + quoted(name.toLowerCase()) + ")"
                    : "bare word " + quoted(name) + " is not a value: quote it (\"" + name + "\")";
        }
        if (first == '_') {
            return "name " + quoted(leadingName(text)) + " starts with `_`: xl names start with a lower-case letter";
        }
        if (PYTHON_CHARS.indexOf(first) >= 0) {
            return "unexpected " + firstCharacter(text) + ": xl.cfg is not Python";
        }
        String character = firstCharacter(text);
        return "unexpected character " + character + (text.strip().length() > 1 && !word.equals(character) ? " in " + word : "");
    }

    /** The name-like start of an error's text: what a person meant as one word. */
    private static String leadingName(String text) {
        int end = 0;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == '.') && text.charAt(end) < 0x80) {
            end++;
        }
        return text.substring(0, Math.max(end, 1));
    }

    /** The first character as a person sees it: decoded, or as \xNN where it is no character. */
    private static String firstCharacter(String text) {
        String decoded = SurrogateEscapedUtf8.decodeLatin1(text);
        int cp = decoded.codePointAt(0);
        if (cp < 0x20 || cp == 0x7f || SurrogateEscapedUtf8.isEscapedByte((char) cp)) {
            return "`\\x" + String.format("%02x", cp & 0xFF) + "`";
        }
        return "`" + new String(Character.toChars(cp)) + "`";
    }

    private static String numberSuffixMessage(String number, String rest) {
        String whole = quoted(number + rest.strip());
        if (rest.charAt(0) == '.') {
            return "number " + whole + " has a fraction: xl numbers are whole; quote it where a string is meant";
        }
        if (rest.charAt(0) == 'X') {
            return "number " + whole + ": write hexadecimal with a lower-case `0x`";
        }
        return "number " + whole + " is followed by " + quoted(printable(rest.charAt(0))) + ", which no xl value has";
    }

    private static boolean atStatementStart(Token previous) {
        return previous == null || previous.getType() == XlCfgLexer.NEWLINE || previous.getType() == XlCfgLexer.SEMI;
    }

    private static String stripNewline(String text) {
        return text.endsWith("\n") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    }

    static String quoted(String text) {
        return "`" + SurrogateEscapedUtf8.decodeLatin1(text) + "`";
    }

    private static String printable(char c) {
        return c < 0x20 || c >= 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c);
    }
}
