package xsh.shell.completion;

import java.nio.file.Path;
import org.jline.reader.Completer;
import picocli.CommandLine;
import xsh.shell.XshCommand;

/**
 * What Tab offers at the {@code xsh>} prompt: the command table's commands and options, and for
 * arguments the selected host's live state (domains in the state the command takes, cpupools,
 * datasets and snapshots, hosts) and configuration and save files.
 */
public final class ReplCompletion {

    private ReplCompletion() {
    }

    /** {@code commandLine} is the REPL's command table; its command is the root {@code XshCommand}. */
    public static Completer completer(CommandLine commandLine) {
        XshCommand root = (XshCommand) commandLine.getCommand();
        return new LiveCompleter(commandLine, LiveState.started(root, CompletionTiming.DEFAULT),
                () -> Path.of(System.getProperty("user.dir")));
    }
}
