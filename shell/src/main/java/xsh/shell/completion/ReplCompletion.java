package xsh.shell.completion;

import java.nio.file.Path;
import org.jline.reader.Completer;
import picocli.CommandLine;
import xsh.shell.XshCommand;
import xsh.shell.repl.DomainNames;

/**
 * What Tab offers at the {@code xsh>} prompt: the command table's commands and options, and for
 * arguments the selected host's live state (domains in the state the command takes, cpupools,
 * datasets and snapshots, hosts) and configuration and save files. The same read of the host
 * gives the prompt the domain names it draws as such, so one background reader serves both.
 */
public final class ReplCompletion {

    private final LiveState state;
    private final Completer completer;

    private ReplCompletion(CommandLine commandLine) {
        XshCommand root = (XshCommand) commandLine.getCommand();
        this.state = LiveState.started(root, CompletionTiming.DEFAULT);
        this.completer = new LiveCompleter(commandLine, state, () -> Path.of(System.getProperty("user.dir")));
    }

    /** {@code commandLine} is the REPL's command table; its command is the root {@code XshCommand}. The host is read from now on. */
    public static ReplCompletion of(CommandLine commandLine) {
        return new ReplCompletion(commandLine);
    }

    /** The completer alone, for a table whose line is not drawn. */
    public static Completer completer(CommandLine commandLine) {
        return of(commandLine).completer();
    }

    public Completer completer() {
        return completer;
    }

    /** The host's domain names as last read, for drawing them as the user types. */
    public DomainNames domainNames() {
        return state::domainNames;
    }
}
