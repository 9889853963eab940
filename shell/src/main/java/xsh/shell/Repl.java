package xsh.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import xsh.shell.completion.ReplCompletion;
import xsh.shell.render.Terminals;
import xsh.shell.repl.Foreground;
import xsh.shell.repl.Prompt;
import xsh.shell.repl.ReplHighlighter;
import xsh.shell.repl.SharedTerminal;
import xsh.shell.repl.Suggestions;
import xsh.shell.script.GroovyCommand;

/**
 * The interactive shell: reads lines at the {@code xsh> } prompt ({@code xsh(NAME)> } on a
 * host other than the default, the one {@code connect} chose) and runs each as -c text would run. The line is coloured as it
 * is typed; history is kept under XSH_HOME, searched with Ctrl-R and offered faint as one
 * types (Right takes it), else the command's synopsis; Tab completes. Each line runs as a
 * foreground job that Ctrl-C stops; Ctrl-C at the prompt drops the line being typed; Ctrl-D or
 * {@code exit} leaves.
 */
final class Repl {

    private final Terminal terminal;
    private final CommandRunner runner;
    private final Path historyFile;
    private final GlobalOptions session;
    private final ReplCompletion completion;

    /** {@code historyFile} may be null: no history is kept. */
    Repl(Terminal terminal, CommandRunner runner, Path historyFile) {
        this.terminal = terminal;
        this.runner = runner;
        this.historyFile = historyFile;
        XshCommand xsh = (XshCommand) runner.commandLine().getCommand();
        this.session = xsh.globals();
        this.completion = ReplCompletion.of(runner.commandLine()); // starts reading the host: Tab and colours need it
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
        Foreground foreground = new Foreground(terminal);
        // between commands Ctrl-C does nothing; while reading a line JLine takes it, while a command runs the Foreground
        terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
        try (SharedTerminal lent = SharedTerminal.lend(terminal)) {
            while (true) {
                String line;
                try {
                    // the session's host: the one xsh started on, or connect's (a line's own --host is that line's)
                    line = reader.readLine(Prompt.of(session.sessionHost()));
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                String text = GroovyCommand.fromPrompt(line); // :g CODE, Groovy unsplit
                foreground.run(() -> runner.runCancellable(text, foreground::interrupted));
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
                .completer(completion.completer())
                .highlighter(Suggestions.choosingWith(runner.commandLine(), lineColours()))
                // every command name fits on one screen without a question; a thousand domains ask first
                .variable(LineReader.LIST_MAX, 100);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        Suggestions.acceptWithRightOrEnd(reader);
        return reader;
    }

    /** The typed line's colours, unless {@code --color=never} or NO_COLOR turned colours off. */
    private Highlighter lineColours() {
        GlobalOptions globals = ((XshCommand) runner.commandLine().getCommand()).globals();
        return globals.colour() ? new ReplHighlighter(runner.commandLine(), completion.domainNames()) : new DefaultHighlighter();
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
