package xsh.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import xsh.error.XshException;

/**
 * Runs command text through the command table: the -c text, each piped line, each REPL line.
 * Every command runs, as after {@code ;} in sh; the status is the exit code of the first command
 * that failed, so a failure early in a script is not hidden by later successes.
 */
final class CommandRunner {

    /** What a shell gives a command line that Ctrl-C stopped: 128 + SIGINT. */
    static final int INTERRUPTED = 130;

    private final CommandLine commandLine;
    private final ErrorReporter errors;
    private int status;
    private XshCommand.ExitRequest exit;
    /** Whether Ctrl-C stopped the text being run; never, outside {@link #runCancellable}. */
    private BooleanSupplier cancelled = () -> false;
    /** Whether a command said in its own words that it was interrupted. */
    private boolean interruptionTold;
    private boolean interruptionNewLine;

    /** {@code commandLine} is a command table made for command lines ({@link XshCommand#forCommandLines}). */
    CommandRunner(CommandLine commandLine, ErrorReporter errors) {
        this.commandLine = commandLine;
        this.errors = errors;
        IExecutionExceptionHandler reporting = commandLine.getExecutionExceptionHandler();
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> cancelled.getAsBoolean()
                ? interruptedBy(failure, reporting, failed, parsed)
                : reporting.handleExecutionException(failure, failed, parsed));
    }

    CommandLine commandLine() {
        return commandLine;
    }

    /** Runs the commands in {@code text} up to an {@code exit}; returns the first non-zero exit code among them, or 0. */
    int run(String text) {
        List<List<String>> commands;
        try {
            commands = CommandLineSplitter.split(text);
        } catch (XshException e) {
            return record(errors.report(e));
        }
        int first = 0;
        for (List<String> words : commands) {
            int code = commandLine.execute(words.toArray(String[]::new));
            exit = ((XshCommand) commandLine.getCommand()).takeExitRequest();
            if (exit != null) {
                break;
            }
            if (first == 0) {
                first = code;
            }
            record(code);
            if (cancelled.getAsBoolean() || code == INTERRUPTED) {
                // Ctrl-C stops the whole line, as in sh: seen here, or by a remote host's xsh at its terminal (ssh -t)
                break;
            }
        }
        return first;
    }

    /**
     * Runs {@code text} as {@link #run} does, as a job that Ctrl-C may stop: once
     * {@code cancelled} says so, the command that was running ends (its thread is interrupted),
     * the rest of the text is skipped and the text's code is {@value #INTERRUPTED}. What the
     * interruption made a command fail with is not shown, as it is not the command's failure,
     * unless the command says something itself (an {@link XshException}: what it undid); the
     * user reads {@code xsh: interrupted} unless the command said it was interrupted.
     */
    int runCancellable(String text, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        interruptionTold = false;
        interruptionNewLine = false;
        try {
            int code = run(text);
            if (!cancelled.getAsBoolean()) {
                return code;
            }
            if (!interruptionTold) {
                newLineAfterInterruption();
                commandLine.getErr().println("xsh: interrupted");
                commandLine.getErr().flush();
            }
            return record(INTERRUPTED);
        } finally {
            this.cancelled = () -> false;
        }
    }

    /** What is said after Ctrl-C starts a line: the terminal echoed ^C, or the command left its line unfinished. */
    private void newLineAfterInterruption() {
        if (!interruptionNewLine) {
            interruptionNewLine = true;
            commandLine.getErr().println();
            commandLine.getErr().flush();
        }
    }

    private int interruptedBy(Exception failure, IExecutionExceptionHandler reporting,
                              CommandLine failed, CommandLine.ParseResult parsed) throws Exception {
        if (failure instanceof XshException xsh) {
            newLineAfterInterruption();
            reporting.handleExecutionException(failure, failed, parsed);
            interruptionTold |= xsh.exitCode() == INTERRUPTED;
        }
        return INTERRUPTED;
    }

    /** Runs the commands of every line until end of input or {@code exit}; returns the exit code for xsh. */
    int runLines(BufferedReader input) throws IOException {
        String line;
        while (!exited() && (line = input.readLine()) != null) {
            run(line);
        }
        return exitCode();
    }

    /** Whether an {@code exit} command ran. */
    boolean exited() {
        return exit != null;
    }

    /** The code given to {@code exit}, if any. */
    OptionalInt requestedExitCode() {
        return exit == null || exit.code() == null ? OptionalInt.empty() : OptionalInt.of(exit.code());
    }

    /** What xsh exits with after running commands: the code given to {@code exit}, else the first failing command's. */
    int exitCode() {
        return requestedExitCode().orElse(status);
    }

    private int record(int code) {
        if (status == 0) {
            status = code;
        }
        return code;
    }
}
