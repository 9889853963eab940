package xsh.shell.script;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import xsh.hv.Hypervisor;
import xsh.shell.CommandText;
import xsh.shell.GlobalOptions;
import xsh.shell.backend.HostConnector;
import xsh.shell.dryrun.DryRun;
import xsh.shell.dsl.ScriptContext;
import xsh.shell.remote.SshSession;

/**
 * A script's {@link ScriptContext} on the hosts xsh commands work on: the host the script's
 * global options select is opened for each operation and closed after it; under
 * {@code --dry-run} a change prints {@code dry-run: DESCRIPTION} and does not touch the host.
 */
public final class HostScriptContext implements ScriptContext, CommandTextRunner {

    private final HostConnector hosts;
    private final GlobalOptions globals;
    private final Path xshHome;
    private final PrintWriter out;
    private final PrintWriter err;
    private CommandText commandText;

    public HostScriptContext(HostConnector hosts, GlobalOptions globals, Path xshHome, PrintWriter out, PrintWriter err) {
        this.hosts = hosts;
        this.globals = globals;
        this.xshHome = xshHome;
        this.out = out;
        this.err = err;
    }

    @Override
    public <T> T read(Function<Hypervisor, T> query) {
        try (Hypervisor hv = hosts.open(globals)) {
            return query.apply(hv);
        }
    }

    @Override
    public <T> T change(String description, Function<Hypervisor, T> action) {
        if (dryRun()) {
            out.println(DryRun.PREFIX + description);
            out.flush();
            return null;
        }
        return read(action);
    }

    @Override
    public boolean dryRun() {
        return globals.dryRunAll();
    }

    @Override
    public GlobalOptions globals() {
        return globals;
    }

    @Override
    public Path xshHome() {
        return xshHome;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    @Override
    public ScriptContext onHost(String host) {
        return new HostScriptContext(hosts, globals.onHost(hosts.existingHost(globals, host)), xshHome, out, err);
    }

    @Override
    public SshSession remote(String name) {
        return hosts.remote(name);
    }

    @Override
    public int runCommandText(String text) {
        if (commandText == null) {
            commandText = new CommandText(globals, hosts, out, err);
        }
        out.flush();
        return commandText.run(text);
    }
}
