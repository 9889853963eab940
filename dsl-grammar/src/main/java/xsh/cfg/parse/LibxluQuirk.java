package xsh.cfg.parse;

/**
 * The one table of libxlu's quirks: where Xen's own parser does something odd, and what
 * xsh does about it. Emulated quirks accept and reject exactly what xl does; fixed ones
 * are where xl would crash or mislead, and xsh reports the truth instead.
 */
public enum LibxluQuirk {

    LONE_LAST_BYTE_IGNORED(Handling.EMULATED,
            "a character that starts a lexical error is dropped without a report when it is the very last"
                    + " byte of the file (flex reaches end of input inside its error state); xsh warns"),
    NUMBER_TOKENS_ARE_TEXT(Handling.EMULATED,
            "[0-9][0-9a-fx]* is one NUMBER token kept as text: 9a, 0xx and 1e5 lex, and fail only when read as numbers"),
    OCTAL_ESCAPE_VANISHES(Handling.EMULATED,
            "\\N followed by at least two more characters strtoul reads as decimal consumes up to three of them"
                    + " and produces nothing; xsh warns"),
    HEX_ESCAPE_ALWAYS_FAILS(Handling.EMULATED,
            "\\x can never satisfy libxlu's digit check, so every \\x escape is an error"),
    PLUS_EQUALS_NEVER_A_NUMBER(Handling.EMULATED,
            "a key whose last statement is += cannot be read as a number, even += on an unset key"),
    NESTED_LIST_ITEM_ENDS_LIST(Handling.EMULATED,
            "a nested list inside disk=, vif= and similar lists reads as the end of the list: later items are ignored"),
    CRLF_REJECTED(Handling.EMULATED,
            "a carriage return is a lexical error, so files with Windows line endings fail"),
    COMMENT_NEEDS_NEWLINE(Handling.EMULATED,
            "a comment is a token only with its newline: a last-line comment without one is an error"
                    + " (unless it is the single character #, see LONE_LAST_BYTE_IGNORED)"),
    NUL_IN_STRING_CRASHES(Handling.FIXED,
            "a NUL byte inside a string makes xl abort on an assertion; xsh rejects it as an error"),
    NEWLINE_ERROR_ON_PREVIOUS_LINE(Handling.FIXED,
            "libxlu reports an error at a newline token with the previous line number (even 0);"
                    + " xsh reports the line and column where it is"),
    ERRORS_AFTER_LEXICAL_ERROR_HIDDEN(Handling.FIXED,
            "libxlu hides every later error on a line with a lexical error, and on the next line when the"
                    + " error ran into a newline; xsh hides only the syntax errors a lexical error caused"),
    BISON_HIDES_ERRORS_AFTER_RECOVERY(Handling.FIXED,
            "after recovering at a newline bison reports no new error until three tokens were shifted;"
                    + " xsh reports every statement's error");

    /** Whether xsh behaves as xl does, or deliberately better. */
    public enum Handling { EMULATED, FIXED }

    private final Handling handling;
    private final String description;

    LibxluQuirk(Handling handling, String description) {
        this.handling = handling;
        this.description = description;
    }

    public Handling handling() {
        return handling;
    }

    public String description() {
        return description;
    }
}
