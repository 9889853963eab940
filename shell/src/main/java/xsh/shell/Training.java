package xsh.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Help.Ansi;
import xsh.shell.backend.HostConnector;

/**
 * The hidden {@code xsh --train [DIR]} workload. bin/xsh runs it once per JDK and jar to list the
 * classes for its class-data archive (or to fill an AOT cache on JDK 25+), so that later starts
 * load those classes from the archive: the one-shot path, errors, help, the commands that read a
 * host (on a throwaway embedded host), and a short REPL session on a dumb terminal. With DIR it
 * first keeps SQLite's library there ({@link SqliteLibraryCache}). It writes no history and
 * touches no state under XSH_HOME.
 */
final class Training {

    static final String OPTION = "--train";

    private static final String SESSION = "help\ncfg --help\nnosuch\nexit\n";

    /** What a one-shot on a host most often is: listings and the host's own facts. */
    private static final String HOST_COMMANDS =
            "list; list -v; list --json; info; uptime; vcpu-list; cpupool-list; vm-list; domid Domain-0";

    private Training() {
    }

    /** Whether xsh's arguments ask for the workload: {@code --train}, maybe with a directory. */
    static boolean isRequested(String[] args) {
        return (args.length == 1 || args.length == 2) && args[0].equals(OPTION);
    }

    /** Runs the workload; {@code arguments} are those after {@code --train}. */
    static int run(String... arguments) {
        if (arguments.length == 1) {
            Path library = Path.of(arguments[0]);
            if (SqliteLibraryCache.export(library)) {
                // the host commands below load it from there, as later starts do
                SqliteLibraryCache.use(library);
            }
        }
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
        onThrowawayHost();
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

    private static void onThrowawayHost() {
        Path home;
        try {
            home = Files.createTempDirectory("xsh-training-");
        } catch (IOException | RuntimeException e) {
            return;
        }
        try {
            HostConnector hosts = HostConnector.embedded(() -> home);
            // the embedded host named, whatever the default backend here ($XSH_BACKEND, a Dom0): the
            // workload must not run a real xl, which may be bin/xsh itself, waiting for this very run
            Main.run(hosts, "--backend", "sim", "-c", HOST_COMMANDS);
            Main.run(hosts, "--backend", "sim", "xl", "list");
        } catch (RuntimeException e) {
            // as above
        } finally {
            SqliteLibraryCache.deleteTree(home);
        }
    }
}
