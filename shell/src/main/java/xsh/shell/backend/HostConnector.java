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
import xsh.shell.remote.SshSession;
import xsh.shell.remote.SshSessions;
import xsh.shell.remote.SshTarget;
import xsh.toolstack.host.HostNames;
import xsh.toolstack.migrate.MigrationRecovery;

/**
 * Which host a command works on, from the global options: {@code --backend sim} and
 * {@code --host NAME} (the embedded host of that name, {@code default} unless given), or
 * {@code --host ssh://[user@]host[:port]}, a remote host whose own xsh runs the commands
 * ({@link #remote}); {@code --backend xen}: the Dom0 xsh runs on, through its {@code xl} and
 * {@code zfs}, or with {@code --host ssh://...} the remote Dom0's, every command of theirs run
 * over ssh ({@link xsh.hv.xen.XenHosts}). The provider is made on first use, so commands that need no
 * host (cfg, help) never touch {@code XSH_HOME}.
 */
public final class HostConnector {

    private final Supplier<HostProvider> factory;
    private HostProvider provider;
    private HostProvider dom0;
    private final Set<String> opened = new HashSet<>();
    private final SshSessions remotes;

    public HostConnector(Supplier<HostProvider> factory) {
        this.factory = factory;
        // XSH_HOME is the embedded hosts' when they have been made (a spec's own), else the environment's
        this.remotes = SshSessions.fromEnvironment(() -> provider instanceof SimHosts sim ? sim.home() : XshHome.path());
    }

    private HostConnector(Supplier<HostProvider> factory, Supplier<Path> xshHome) {
        this.factory = factory;
        this.remotes = SshSessions.fromEnvironment(xshHome);
    }

    /** The embedded hosts under {@code xshHome}. */
    public static HostConnector embedded(Supplier<Path> xshHome) {
        return new HostConnector(() -> Backends.embedded(xshHome.get()), xshHome);
    }

    /** The name of the host the options select; on a Dom0 ({@code --backend xen}) the name it was given. */
    public String hostName(GlobalOptions globals) {
        if (globals.backend() == GlobalOptions.Backend.xen) {
            return globals.host() == null ? HostNames.DEFAULT : globals.host();
        }
        return hostName(globals.host());
    }

    /** The embedded host {@code host} names (null: the default one); a remote host is refused: its state is not here. */
    public String hostName(String host) {
        String name = host == null ? HostNames.DEFAULT : host;
        if (SshTarget.isRemote(name)) {
            throw new XshException("xsh: --host " + name + ": this works on an embedded host only; "
                    + "a remote host runs xsh's commands, not scripts", 1);
        }
        return HostNames.check(name);
    }

    /**
     * {@code host}, an embedded host's name, checked: it exists ({@code default} always does, made
     * on first use), for {@code connect} and a script's {@code host()}, where a typo must not make a host.
     */
    public String existingHost(GlobalOptions globals, String host) {
        String name = hostName(host);
        if (!name.equals(HostNames.DEFAULT) && !provider(globals).names().contains(name)) {
            throw new XshException("xsh: there is no embedded host '" + name + "' (host create " + name
                    + " makes one)", 1);
        }
        return name;
    }

    /**
     * Whether the options select a remote host whose xsh runs the commands: not with
     * {@code --backend xen}, where this xsh runs the remote Dom0's xl over ssh.
     */
    public boolean isRemote(GlobalOptions globals) {
        return runsRemoteXsh(globals, globals.host());
    }

    /** Whether {@code host} is one whose own xsh runs the commands (not a Dom0 this xsh drives over ssh). */
    public boolean runsRemoteXsh(GlobalOptions globals, String host) {
        return SshTarget.isRemote(host) && globals.backend() != GlobalOptions.Backend.xen;
    }

    /**
     * Whether opening {@code name} reads a host that is there rather than making one: an
     * embedded host that exists; on the xen backend, the Dom0, whatever it is called.
     */
    public boolean exists(GlobalOptions globals, String name) {
        return globals.backend() == GlobalOptions.Backend.xen || provider(globals).names().contains(name);
    }

    /** The connection to the remote host {@code name} ({@code ssh://...}), opened: fails in one line when it cannot be. */
    public SshSession remote(String name) {
        return remotes.open(name);
    }

    /** The remote hosts of this process, and those remembered under XSH_HOME. */
    public SshSessions remotes() {
        return remotes;
    }

    /** Every host of the backend, for the commands about hosts themselves: the embedded ones, or the one Dom0. */
    public HostProvider provider(GlobalOptions globals) {
        if (globals.backend() == GlobalOptions.Backend.xen) {
            if (dom0 == null) {
                dom0 = Backends.dom0(globals.host(), globals.verbosity());
            }
            return dom0;
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
