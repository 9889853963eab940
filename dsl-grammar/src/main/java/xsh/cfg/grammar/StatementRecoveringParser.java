package xsh.cfg.grammar;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Base of the generated parser: libxlu's "stmt: error NEWLINE" recovery. A statement with a
 * syntax error is handed to the {@link SyntaxErrorSink}, then every token up to and including
 * the next NEWLINE is skipped, so the following line parses on its own and every error of a
 * file is reported in one run.
 */
public abstract class StatementRecoveringParser extends Parser {

    private SyntaxErrorSink syntaxErrors = (ctx, e) -> { };

    protected StatementRecoveringParser(TokenStream input) {
        super(input);
    }

    public void setSyntaxErrorSink(SyntaxErrorSink sink) {
        this.syntaxErrors = sink;
    }

    protected void recoverStatement(ParserRuleContext statement, RecognitionException e) {
        syntaxErrors.syntaxError(statement, e);
        statement.exception = e;
        while (true) {
            int type = getInputStream().LA(1);
            if (type == Token.EOF) {
                return;
            }
            consume();
            if (type == XlCfgLexer.NEWLINE) {
                return;
            }
        }
    }

    /** Receives each statement's syntax error, before the statement is skipped. */
    @FunctionalInterface
    public interface SyntaxErrorSink {
        void syntaxError(ParserRuleContext statement, RecognitionException e);
    }
}
