package xsh.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import xsh.error.MultiLineException;
import xsh.error.XshException;

/**
 * The one place that turns a failure into what the user reads and the exit code. An
 * {@link XshException} prints its message alone (a {@link MultiLineException} its lines, as xl
 * prints them); any other exception prints {@code xsh: } and its
 * message and exits 1; a usage error prints one line that ends with where to get help, and exits
 * 2. Each is a single line on stderr; the stack trace follows only with {@code --debug}. Under
 * the xl front end ({@link Audience#XL}) nothing is added to a message: no {@code xsh: }, no hint.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /**
     * Who reads the help hint: a shell user types {@code xsh --help}, a REPL user {@code help};
     * a script written for xl reads xl's messages alone.
     */
    enum Audience { COMMAND_LINE, REPL, XL }

    private final PrintStream err;
    private final BooleanSupplier debug;
    private final Audience audience;

    ErrorReporter(PrintStream err, BooleanSupplier debug, Audience audience) {
        this.err = err;
        this.debug = debug;
        this.audience = audience;
    }

    /** Prints {@code failure} and returns the exit code it stands for. */
    int report(Throwable failure) {
        int exitCode;
        if (failure instanceof MultiLineException lines) {
            lines.lines().forEach(err::println); // xl's lines as xl prints them, blank ones included
            exitCode = lines.exitCode();
        } else if (failure instanceof XshException xsh) {
            err.println(oneLine(xsh.getMessage()));
            exitCode = xsh.exitCode();
        } else {
            String message = failure.getMessage();
            err.println(prefix() + oneLine(message == null || message.isBlank() ? failure.toString() : message));
            exitCode = 1;
        }
        if (debug.getAsBoolean()) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        return report(failure);
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        if (audience == Audience.XL) {
            err.println(oneLine(failure.getMessage())); // the xl front end checked xl's syntax: the command's own complaint
        } else {
            String message = stripFinalPeriod(oneLine(usageMessage(failure)));
            err.println("xsh: " + message + ". Try '" + helpHint(commandLine.getCommandSpec()) + "'.");
        }
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String prefix() {
        return audience == Audience.XL ? "" : "xsh: ";
    }

    private static String usageMessage(ParameterException failure) {
        if (failure instanceof UnmatchedArgumentException unmatched
                && !failure.getCommandLine().getSubcommands().isEmpty()
                && failure.getCommandLine().getCommandSpec().parent() == null) {
            List<String> words = unmatched.getUnmatched();
            if (!words.isEmpty() && !words.get(0).startsWith("-")) {
                return "Unknown command: '" + words.get(0) + "'";
            }
        }
        return failure.getMessage();
    }

    private String helpHint(CommandSpec spec) {
        boolean root = spec.parent() == null;
        if (audience == Audience.REPL) {
            return root ? "help" : spec.qualifiedName(" ").substring(spec.root().name().length() + 1) + " --help";
        }
        return spec.qualifiedName(" ") + " --help";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String stripFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
