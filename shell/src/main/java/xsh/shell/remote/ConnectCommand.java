package xsh.shell.remote;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.GlobalOptions;
import xsh.shell.XshCommand;
import xsh.shell.backend.HostConnector;

/**
 * {@code connect [HOST]}: the commands that follow (at the prompt, in -c text, in piped lines)
 * work on HOST, an embedded host or {@code ssh://...}; the prompt shows it and Tab reads it.
 * A remote host is connected to at once, so a host that cannot be reached is said now, not at the
 * next command. Alone, it goes back to the host xsh started on.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {
            "Work on another host from now on: an embedded host's name or ssh://[user@]host[:port], "
                + "whose xsh then runs the commands.",
            "Without HOST, go back to the host xsh started on.",
        })
public final class ConnectCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "HOST", description = "An embedded host's name, or ssh://[user@]host[:port].")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        GlobalOptions globals = xsh.globals();
        if (host == null) {
            globals.connect(null);
            return 0;
        }
        HostConnector hosts = xsh.hosts();
        if (SshTarget.isRemote(host)) {
            String name = hosts.remote(host).target().toString();
            globals.connect(name);
            return 0;
        }
        globals.connect(hosts.existingHost(globals, host));
        return 0;
    }
}
