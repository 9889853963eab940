package xsh.shell.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import xsh.shell.GlobalOptions;
import xsh.shell.render.Terminals;

/**
 * What a command typed for a remote host becomes on it: which commands stay on this machine,
 * the global options passed on, and what the remote command's stdin is.
 */
public final class RemoteCommandLine {

    /**
     * Commands about xsh itself or this machine's files: they run here whatever the host. (help
     * and completion read this xsh's table; cfg reads local files; connect and hosts choose and
     * list hosts.)
     */
    private static final Set<String> LOCAL = Set.of("help", "cfg", "completion", "clear", "exit", "connect", "hosts");

    private RemoteCommandLine() {
    }

    /** Whether the command named so runs on this machine even when the host is remote. */
    public static boolean runsLocally(String command) {
        return LOCAL.contains(command);
    }

    /**
     * The remote xsh's arguments: the global options that shape its output, as resolved here
     * (colours are decided for this machine's stdout, which the remote output goes to), then
     * the command's words as typed. The host is not passed on: on the remote side, the commands
     * work on its own host.
     */
    public static List<String> arguments(GlobalOptions globals, List<String> commandWords) {
        List<String> arguments = new ArrayList<>();
        // only a backend asked for here: otherwise the remote xsh chooses its own default (xen on a Dom0)
        globals.requestedBackend().ifPresent(backend -> arguments.add("--backend=" + backend));
        for (int i = 0; i < globals.verbosity(); i++) {
            arguments.add("-v");
        }
        if (globals.json()) {
            arguments.add("--json");
        }
        arguments.add(globals.colour() ? "--color=always" : "--color=never");
        if (globals.debug()) {
            arguments.add("--debug");
        }
        if (globals.dryRunAll()) {
            arguments.add("--dry-run");
        }
        arguments.addAll(commandWords);
        return arguments;
    }

    /**
     * The remote command's stdin. At a terminal (stdin, stdout and stderr), a terminal there too
     * ({@code ssh -t}): console and top draw on it and read its keys, and Ctrl-C reaches the
     * remote xsh as it would reach a local one, which stops its command the way it stops
     * (a save undone), where killing ssh would leave it running unseen. Otherwise this process's
     * stdin when the command came from xsh's own arguments (a stream for {@code zfs receive});
     * else none, as stdin is the lines xsh reads.
     */
    public static SshSession.Input input(boolean fromArguments) {
        if (Terminals.standardStreamsAreTerminals() && Terminals.stderrIsTerminal()) {
            return SshSession.Input.TERMINAL;
        }
        return fromArguments ? SshSession.Input.INHERIT : SshSession.Input.NONE;
    }
}
