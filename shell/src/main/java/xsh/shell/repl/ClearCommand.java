package xsh.shell.repl;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clear}: clears the terminal and its scrollback, as clear(1) does; the prompt comes back at the top. */
@Command(name = "clear", description = "Clear the terminal screen.")
public final class ClearCommand implements Callable<Integer> {

    /** Cursor home, erase the screen, erase the scrollback: what clear(1) writes on xterm-like terminals. */
    static final String CLEAR_SCREEN = "\033[H\033[2J\033[3J";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(CLEAR_SCREEN);
        out.flush();
        return 0;
    }
}
