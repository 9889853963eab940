package xsh.shell.script;

import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import xsh.error.XshException;

/** A script that does not compile: {@code FILE:LINE:COL: message}, the first error Groovy found, exit 1. */
public final class ScriptSyntaxError extends XshException {

    private ScriptSyntaxError(String message, Throwable cause) {
        super(message, 1, cause);
    }

    static ScriptSyntaxError of(String shownAs, MultipleCompilationErrorsException failure) {
        Message first = failure.getErrorCollector().getErrorCount() == 0 ? null : failure.getErrorCollector().getError(0);
        if (first instanceof SyntaxErrorMessage syntax) {
            SyntaxException error = syntax.getCause();
            return new ScriptSyntaxError(shownAs + ":" + error.getStartLine() + ":" + error.getStartColumn() + ": "
                    + firstLine(error.getOriginalMessage()), failure);
        }
        if (first instanceof ExceptionMessage exception && exception.getCause() != null) {
            return new ScriptSyntaxError(shownAs + ": " + firstLine(String.valueOf(exception.getCause().getMessage())), failure);
        }
        return new ScriptSyntaxError(shownAs + ": " + firstLine(failure.getMessage()), failure);
    }

    private static String firstLine(String text) {
        String line = text.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }
}
