package xsh.shell.backend;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import xsh.error.XshException;
import xsh.hv.HostProvider;
import xsh.hv.Hypervisor;
import xsh.hv.sim.SimHosts;
import xsh.shell.GlobalOptions;
import xsh.shell.XshHome;
import xsh.shell.checkpoint.CheckpointHost;
import xsh.toolstack.host.HostNames;
import xsh.toolstack.migrate.MigrationRecovery;

/**
 * Which host a command works on, from the global options: {@code --backend} (only
 * {@code sim} so far) and {@code --host NAME} (the embedded host of that name, {@code default}
 * unless given). The provider is made on first use, so commands that need no host (cfg,
 * help) never touch {@code XSH_HOME}.
 */
public final class HostConnector {

    private final Supplier<HostProvider> factory;
    private HostProvider provider;
    private final Set<String> opened = new HashSet<>();

    public HostConnector(Supplier<HostProvider> factory) {
        this.factory = factory;
    }

    /** The embedded hosts under {@code xshHome}. */
    public static HostConnector embedded(Supplier<Path> xshHome) {
        return new HostConnector(() -> Backends.embedded(xshHome.get()));
    }

    /** The name of the host the options select. */
    public String hostName(GlobalOptions globals) {
        String name = globals.host() == null ? HostNames.DEFAULT : globals.host();
        if (name.startsWith("ssh://")) {
            throw new XshException("xsh: --host " + name + ": remote Dom0s (ssh://) are not supported yet; "
                    + "--host names an embedded host", 1);
        }
        return HostNames.check(name);
    }

    /** Every embedded host, for the commands about hosts themselves. */
    public HostProvider provider(GlobalOptions globals) {
        if (globals.backend() != GlobalOptions.Backend.sim) {
            throw new XshException("xsh: --backend " + globals.backend()
                    + ": a real Dom0 through xl is not supported yet; use --backend sim", 1);
        }
        if (provider == null) {
            provider = factory.get();
        }
        return provider;
    }

    /** Opens the selected host, made with the default size on first use; close it after the command. */
    public Hypervisor open(GlobalOptions globals) {
        String name = hostName(globals);
        Hypervisor hv = provider(globals).open(name);
        if (opened.add(name)) {
            // the first time this process opens the host: checkpoints and migrations a killed xsh left half done
            CheckpointHost.recoverInterrupted(home(globals), hv, System.err);
            MigrationRecovery.recoverInterrupted(home(globals), hv, System.err::println);
        }
        return hv;
    }

    /** The XSH_HOME of the hosts: where xsh keeps what it knows of them besides their state (checkpoints). */
    public Path home(GlobalOptions globals) {
        return provider(globals) instanceof SimHosts sim ? sim.home() : XshHome.path();
    }
}
