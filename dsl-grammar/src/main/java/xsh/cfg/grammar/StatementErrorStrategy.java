package xsh.cfg.grammar;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Hands every syntax error up to the enclosing statement, untouched. ANTLR's default
 * strategy would repair the input in place (insert a missing ']', drop a stray token) and
 * parse on; libxlu never does, it abandons the statement, and so must we to accept and
 * reject the same files.
 */
public final class StatementErrorStrategy extends DefaultErrorStrategy {

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        // reported once, by the statement that recovers
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw e;
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw new InputMismatchException(recognizer);
    }

    @Override
    public void sync(Parser recognizer) {
        // no in-place repair: a wrong token fails the match that meets it
    }
}
