package xsh.shell.script;

import java.io.PrintWriter;
import java.util.List;
import org.codehaus.groovy.runtime.InvokerInvocationException;
import org.codehaus.groovy.runtime.StackTraceUtils;
import xsh.error.MultiLineException;
import xsh.error.XshException;

/**
 * How a failure that a script did not catch ends it: {@code FILE:LINE: message} on stderr (the
 * line in the script where it happened) and the exit code of an {@link XshException}, as the
 * command would have had; a {@link MultiLineException}'s further lines as they are; any other
 * exception {@code FILE:LINE: Type: message} and 1; a syntax error as {@link ScriptSyntaxError}
 * says. The stack trace follows with {@code --debug} only.
 */
public final class ScriptFailure {

    private ScriptFailure() {
    }

    /** Prints {@code failure} for a script of {@code runner}; returns the exit code. */
    public static int report(Throwable failure, ScriptRunner runner, PrintWriter err, boolean debug) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof ScriptExit exit) {
            if (!exit.getMessage().isEmpty()) {
                err.println(exit.getMessage());
                err.flush();
            }
            return exit.exitCode();
        }
        String where = cause instanceof ScriptSyntaxError ? "" : runner.location(cause).map(at -> at + ": ").orElse("");
        int exitCode;
        if (cause instanceof MultiLineException lines) {
            List<String> text = lines.lines();
            err.println(where + (text.isEmpty() ? "" : text.get(0)));
            text.stream().skip(1).forEach(err::println);
            exitCode = lines.exitCode();
        } else if (cause instanceof XshException xsh) {
            err.println(where + oneLine(withoutXshPrefix(xsh.getMessage())));
            exitCode = xsh.exitCode();
        } else {
            String message = cause.getMessage();
            err.println(where + cause.getClass().getSimpleName()
                    + (message == null || message.isBlank() ? "" : ": " + oneLine(message)));
            exitCode = 1;
        }
        if (debug) {
            StackTraceUtils.deepSanitize(cause).printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof InvokerInvocationException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Commands say {@code xsh: } before xsh's own complaints; after a script's line it says nothing. */
    private static String withoutXshPrefix(String message) {
        return message != null && message.startsWith("xsh: ") ? message.substring(5) : String.valueOf(message);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
