package xsh.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import xsh.shell.completion.ReplCompletion;
import xsh.shell.render.Terminals;

/**
 * The interactive shell: reads lines at the {@code xsh> } prompt with history and Tab completion
 * of commands and options, and runs each line as -c text would run. Ctrl-C drops the line being
 * typed; Ctrl-D or {@code exit} leaves.
 */
final class Repl {

    static final String PROMPT = "xsh> ";

    private final Terminal terminal;
    private final CommandRunner runner;
    private final Path historyFile;

    /** {@code historyFile} may be null: no history is kept. */
    Repl(Terminal terminal, CommandRunner runner, Path historyFile) {
        this.terminal = terminal;
        this.runner = runner;
        this.historyFile = historyFile;
    }

    /** Runs the REPL on the process's terminal, keeping history under {@code xshHome}. */
    static int start(CommandRunner runner, Path xshHome) throws IOException {
        // dumb(true): should the terminal be unusable after all, fall back quietly to a dumb one
        try (Terminal terminal = TerminalBuilder.builder().name("xsh").system(true).dumb(true).build()) {
            if (terminal.getWidth() <= 0) {
                // a pty nobody sized (some test harnesses): JLine would squeeze the prompt into 0 columns
                terminal.setSize(new Size(80, 24));
            }
            return new Repl(terminal, runner, historyFile(xshHome)).run();
        }
    }

    /** Whether stdin and stdout are a terminal: the REPL is for a person at one. */
    static boolean standardStreamsAreTerminals() {
        return Terminals.standardStreamsAreTerminals();
    }

    int run() {
        LineReader reader = lineReader();
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                runner.run(line);
                if (runner.exited()) {
                    return runner.requestedExitCode().orElse(0);
                }
            }
        } finally {
            saveHistory(reader);
        }
    }

    private LineReader lineReader() {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .appName("xsh")
                .terminal(terminal)
                .completer(ReplCompletion.completer(runner.commandLine()))
                .variable(LineReader.LIST_MAX, 50);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        return builder.build();
    }

    private static Path historyFile(Path xshHome) {
        try {
            Files.createDirectories(xshHome);
            return xshHome.resolve("history");
        } catch (IOException | RuntimeException e) {
            return null; // history is a convenience: without a writable XSH_HOME the REPL still works
        }
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience; losing it must not turn a clean exit into an error
        }
    }
}
