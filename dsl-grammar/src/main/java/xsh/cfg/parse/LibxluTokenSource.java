package xsh.cfg.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import xsh.cfg.grammar.XlCfgLexer;

/**
 * The lexer's tokens as libxlu's parser sees them: blanks are passed over, a lexical error is reported and its text
 * dropped (when it ran into a newline, that newline still ends the statement), and a
 * virtual NEWLINE stands before end of input so the last assignment needs no terminator.
 */
final class LibxluTokenSource implements TokenSource {

    /** Start offsets of lexical errors, so the syntax errors they cause can be recognised. */
    record LexicalError(int line, int start) {
    }

    private final XlCfgLexer lexer;
    private final LexicalErrorDescriber describer;
    private final TokenSpans spans;
    private final List<LexicalError> lexicalErrors = new ArrayList<>();
    private Token previous;
    private boolean virtualNewlineSent;

    LibxluTokenSource(XlCfgLexer lexer, LexicalErrorDescriber describer, TokenSpans spans) {
        this.lexer = lexer;
        this.describer = describer;
        this.spans = spans;
    }

    @Override
    public Token nextToken() {
        while (true) {
            Token token = lexer.nextToken();
            switch (token.getType()) {
                case XlCfgLexer.BLANK -> { }
                case XlCfgLexer.LEXERR_WORD, XlCfgLexer.LEXERR_BLANK -> reportLexicalError(token);
                case XlCfgLexer.LEXERR_NEWLINE -> {
                    reportLexicalError(token);
                    return remember(newlineAt(token));
                }
                case Token.EOF -> {
                    if (token.getStartIndex() <= token.getStopIndex()) {
                        // a lexical error began at the last byte: flex ends there without a report
                        describer.loneLastByte(token, spans.of(token));
                    }
                    if (!virtualNewlineSent) {
                        virtualNewlineSent = true;
                        return remember(VirtualNewline.before(token));
                    }
                    return token;
                }
                default -> {
                    return remember(token);
                }
            }
        }
    }

    private Token remember(Token token) {
        previous = token;
        return token;
    }

    private void reportLexicalError(Token token) {
        lexicalErrors.add(new LexicalError(token.getLine(), token.getStartIndex()));
        describer.describe(token, previous, spans.of(token));
    }

    /** The newline that ends a lexical error, as its own token. */
    private static Token newlineAt(Token error) {
        CommonToken newline = new CommonToken(error);
        newline.setType(XlCfgLexer.NEWLINE);
        newline.setChannel(Token.DEFAULT_CHANNEL);
        newline.setStartIndex(error.getStopIndex());
        newline.setCharPositionInLine(error.getCharPositionInLine() + error.getText().length() - 1);
        newline.setText("\n");
        return newline;
    }

    /** True when a lexical error on this token's line came before it: the token's error is its echo. */
    boolean followsLexicalErrorOnLine(Token token) {
        for (LexicalError error : lexicalErrors) {
            if (error.line() == token.getLine() && error.start() < token.getStartIndex()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
