package xsh.shell.migrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import xsh.error.XshException;
import xsh.hv.HostProvider;
import xsh.hv.Hypervisor;
import xsh.shell.dryrun.CommandLineText;
import xsh.toolstack.host.HostNames;
import xsh.toolstack.migrate.ReceiverFlags;
import xsh.toolstack.migrate.TargetProbe;
import xsh.toolstack.migrate.TargetSettlement;

/**
 * Starts the receiver of a migration to {@link MigrationHost}: over the ssh command for a
 * remote one; for {@code local:NAME}, this xsh again as {@code xsh --host NAME migrate-receive}
 * on the same XSH_HOME, whose link can also open host NAME itself to settle a migration whose
 * link broke at the end.
 */
public final class ReceiverLinks {

    /** The ssh command xl uses unless {@code -s} says otherwise. */
    public static final String DEFAULT_SSH = "ssh";

    /** Where the local receiver finds the hosts: the same XSH_HOME as the sender's, whatever started it. */
    private static final String HOME_VARIABLE = "XSH_HOME";

    private final HostProvider hosts;
    private final Path home;
    private final JavaLauncher java;

    /** @param hosts the embedded hosts under {@code home}, where {@code local:NAME} is looked up */
    public ReceiverLinks(HostProvider hosts, Path home) {
        this(hosts, home, JavaLauncher.current());
    }

    ReceiverLinks(HostProvider hosts, Path home, JavaLauncher java) {
        this.hosts = hosts;
        this.home = home;
        this.java = java;
    }

    /**
     * Checks that the target can be reached before anything is started: {@code local:NAME}
     * must be an existing embedded host.
     *
     * @throws XshException exit 1
     */
    public void check(MigrationHost target) {
        if (target instanceof MigrationHost.Local local) {
            HostNames.check(local.hostName());
            if (!hosts.names().contains(local.hostName())) {
                throw new XshException("migrate: " + target.text() + ": there is no embedded host named "
                        + local.hostName() + " (host create " + local.hostName() + " makes one)", 1);
            }
        }
    }

    /** Starts the receiver; the caller closes the link. */
    public ProcessLink open(MigrationHost target, String sshCommand, ReceiverFlags flags) {
        check(target);
        if (target instanceof MigrationHost.Local local) {
            return openLocal(local, flags);
        }
        List<String> argv = ReceiverCommand.overSsh(sshCommand, target.text(), flags);
        return ProcessLink.start(argv, CommandLineText.of(argv), Map.of(), Optional.empty());
    }

    /**
     * The domid the domain {@code name} has at the target now, which xl's handshake does not
     * tell the sender: known for {@code local:NAME}, which this process can open; empty for a
     * remote host.
     */
    public OptionalInt targetDomid(MigrationHost target, String name) {
        if (!(target instanceof MigrationHost.Local local)) {
            return OptionalInt.empty();
        }
        try (Hypervisor hv = hosts.open(local.hostName())) {
            return hv.domainNamed(name).map(d -> OptionalInt.of(d.domid())).orElse(OptionalInt.empty());
        }
    }

    /** The receiver's arguments for {@code local:NAME}, after the java command. */
    static List<String> localArguments(String hostName, ReceiverFlags flags) {
        List<String> args = new ArrayList<>(List.of("--host", hostName));
        args.addAll(ReceiverCommand.receiveWords(flags));
        return List.copyOf(args);
    }

    private ProcessLink openLocal(MigrationHost.Local local, ReceiverFlags flags) {
        List<String> args = localArguments(local.hostName(), flags);
        List<String> shown = new ArrayList<>();
        shown.add(ReceiverCommand.PROGRAM);
        shown.addAll(args);
        TargetProbe probe = (name, leftPaused) -> {
            try (Hypervisor target = hosts.open(local.hostName())) {
                return TargetSettlement.settle(target, name, leftPaused);
            }
        };
        return ProcessLink.start(java.command(args), CommandLineText.of(shown),
                Map.of(HOME_VARIABLE, home.toString()), Optional.of(probe));
    }
}
