package xsh.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine;
import xsh.error.XshException;

/**
 * Runs command text through the command table: the -c text, each piped line, each REPL line.
 * Every command runs, as after {@code ;} in sh; the status is the exit code of the first command
 * that failed, so a failure early in a script is not hidden by later successes.
 */
final class CommandRunner {

    private final CommandLine commandLine;
    private final ErrorReporter errors;
    private int status;
    private XshCommand.ExitRequest exit;

    /** {@code commandLine} is a command table made for command lines ({@link XshCommand#forCommandLines}). */
    CommandRunner(CommandLine commandLine, ErrorReporter errors) {
        this.commandLine = commandLine;
        this.errors = errors;
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
        }
        return first;
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
