package xsh.cfg.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import xsh.cfg.grammar.XlCfgLexer;
import xsh.cfg.grammar.XlCfgParser;

/**
 * Says in words what a statement's syntax error is: what was found, what belonged there,
 * and for a list that is not closed, where it was opened. Which of those applies follows
 * from the rule the error met and the last token before it.
 */
final class SyntaxErrorDescriber {

    private SyntaxErrorDescriber() {
    }

    static String describe(ParserRuleContext statement, RecognitionException e, Token offending, TokenStream tokens) {
        Token before = lastTokenBefore(offending, statement, tokens);
        XlCfgParser.ListContext list = enclosingList(e.getCtx());
        if (before == null) {
            return atStatementStart(offending);
        }
        if (list != null) {
            return inList(list, before, offending);
        }
        String key = keyOf(statement);
        return switch (before.getType()) {
            case XlCfgLexer.IDENT -> "expected `=` or `+=` after " + quoted(before) + ", found " + found(offending);
            case XlCfgLexer.ASSIGN, XlCfgLexer.ADD -> missingValue(before, key, offending);
            default -> "expected end of line or `;` after the value of " + quoted(key)
                    + ", found " + found(offending) + " (one setting per statement)";
        };
    }

    private static String atStatementStart(Token offending) {
        return switch (offending.getType()) {
            case XlCfgLexer.NUMBER -> "setting name " + quoted(offending) + " starts with a digit: xl names start with a lower-case letter";
            case XlCfgLexer.ASSIGN, XlCfgLexer.ADD -> "missing setting name before " + quoted(offending);
            default -> "a setting starts with its name, found " + found(offending);
        };
    }

    private static String missingValue(Token operator, String key, Token offending) {
        String after = " after `" + operator.getText() + "` for " + quoted(key);
        if (offending.getType() == XlCfgLexer.IDENT) {
            return "bare word " + quoted(offending) + " is not a value: quote it (\"" + offending.getText() + "\")";
        }
        if (offending.getType() == XlCfgLexer.NEWLINE || offending.getType() == XlCfgLexer.SEMI
                || VirtualNewline.isEndOfFile(offending)) {
            return "missing value" + after + " (a string, a number or a list)";
        }
        return "expected a value" + after + " (a string, a number or a list), found " + found(offending);
    }

    private static String inList(XlCfgParser.ListContext list, Token before, Token offending) {
        Token open = list.open;
        String opened = "the list opened at line " + open.getLine() + ", column " + (open.getCharPositionInLine() + 1);
        boolean wantsItem = before.getType() == XlCfgLexer.LBRACK || before.getType() == XlCfgLexer.COMMA;
        if (VirtualNewline.isEndOfFile(offending)) {
            return opened + " is never closed with `]`";
        }
        if (wantsItem && offending.getType() == XlCfgLexer.COMMA) {
            return before.getType() == XlCfgLexer.COMMA
                    ? "empty item: two commas in a row in " + opened
                    : "empty item: `,` before the first item of " + opened;
        }
        if (wantsItem && offending.getType() == XlCfgLexer.IDENT) {
            return "bare word " + quoted(offending) + " is not a value: quote it (\"" + offending.getText() + "\")";
        }
        if (wantsItem) {
            return "expected an item or `]` in " + opened + ", found " + found(offending);
        }
        return opened + " is not closed: expected `,` or `]` after its last item, found " + found(offending);
    }

    /** The last token of this statement before the offending one, newlines inside lists skipped. */
    private static Token lastTokenBefore(Token offending, ParserRuleContext statement, TokenStream tokens) {
        int first = statement.getStart().getTokenIndex();
        for (int i = offending.getTokenIndex() - 1; i >= first; i--) {
            Token t = tokens.get(i);
            if (t.getType() != XlCfgLexer.NEWLINE) {
                return t;
            }
        }
        return null;
    }

    private static XlCfgParser.ListContext enclosingList(org.antlr.v4.runtime.RuleContext ctx) {
        for (org.antlr.v4.runtime.RuleContext c = ctx; c != null; c = c.parent) {
            if (c instanceof XlCfgParser.ListContext list) {
                return list;
            }
        }
        return null;
    }

    private static String keyOf(ParserRuleContext statement) {
        // the statement failed, so its assignment label may be unset: the key is its first token
        Token first = statement.getStart();
        return first.getType() == XlCfgLexer.IDENT ? first.getText() : "";
    }

    /** How a person would name a token. */
    static String found(Token token) {
        if (VirtualNewline.isEndOfFile(token)) {
            return "end of file";
        }
        return switch (token.getType()) {
            case XlCfgLexer.NEWLINE -> token.getText().startsWith("#") ? "a comment" : "end of line";
            case XlCfgLexer.STRING -> "string " + abbreviated(token.getText());
            case XlCfgLexer.NUMBER -> "number " + quoted(token);
            default -> quoted(token);
        };
    }

    private static String quoted(Token token) {
        return quoted(token.getText());
    }

    private static String quoted(String text) {
        return LexicalErrorDescriber.quoted(text);
    }

    private static String abbreviated(String text) {
        String decoded = SurrogateEscapedUtf8.decodeLatin1(text);
        return decoded.length() <= 40 ? decoded : decoded.substring(0, 37) + "...";
    }
}
