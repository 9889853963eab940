package xsh.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Help.Ansi;

/**
 * The hidden {@code xsh --train} workload. bin/xsh runs it once per JDK and jar under
 * {@code -XX:ArchiveClassesAtExit} (or an AOT cache on JDK 25+) so later starts load those
 * classes from the archive: the one-shot path, errors, help, and a short REPL session on a dumb
 * terminal. It writes no history and touches no state.
 */
final class Training {

    static final String OPTION = "--train";

    private static final String SESSION = "help\ncfg --help\nnosuch\nexit\n";

    private Training() {
    }

    static int run() {
        Main.run("--version");
        Main.run("--help");
        Main.run("help", "cfg");
        Main.run("-c", "help exit; exit --help; nosuch; help --bogus; cfg 'unclosed");
        // the xl and zfs front ends as far as they go without a host: lookup, getopt, help, usage
        Main.run("xl", "help");
        Main.run("xl", "li", "-h");
        Main.run("xl", "pause");
        Main.run("zfs");
        Main.run("zfs", "list", "-x");
        try (Terminal probe = TerminalBuilder.builder().system(true).dumb(true).build()) {
            // only the terminal provider lookup is of interest: stdin is not a terminal here
        } catch (IOException | RuntimeException e) {
            // a training run must never fail on what it only exercises
        }
        CommandRunner runner = XshCommand.commandLineRunner(new GlobalOptions(), ErrorReporter.Audience.REPL, Ansi.OFF);
        try (Terminal terminal = new DumbTerminal(
                new ByteArrayInputStream(SESSION.getBytes(StandardCharsets.UTF_8)), System.out)) {
            new Repl(terminal, runner, null).run();
        } catch (IOException | RuntimeException e) {
            // as above
        }
        return 0;
    }
}
