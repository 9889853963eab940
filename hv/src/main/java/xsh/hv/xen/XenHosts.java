package xsh.hv.xen;

import java.util.List;
import xsh.hv.HostProvider;
import xsh.hv.HostSpec;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.command.ProgramRunner;

/**
 * The {@code xen} backend's hosts: the one Dom0 whose {@code xl} and {@code zfs} this process
 * runs, on this machine or over ssh. Whatever name a command gives, it is that Dom0.
 */
public final class XenHosts implements HostProvider {

    private final ProgramRunner runner;
    private final int verbosity;

    private XenHosts(ProgramRunner runner, int verbosity) {
        this.runner = runner;
        this.verbosity = verbosity;
    }

    /** The Dom0 this machine is: {@code xl} and {@code zfs} from PATH; {@code verbosity} -v flags for xl. */
    public static XenHosts local(int verbosity) {
        return new XenHosts(ProgramRunner.local(), verbosity);
    }

    /**
     * A remote Dom0: every command is {@code sshCommand... 'xl' 'ARG'...}, its words quoted for
     * the remote shell. {@code sshCommand} is ssh with its options, the destination last.
     */
    public static XenHosts overSsh(List<String> sshCommand, int verbosity) {
        return new XenHosts(ProgramRunner.overSsh(sshCommand), verbosity);
    }

    /** The Dom0, whatever the name. */
    @Override
    public Hypervisor open(String name) {
        return new XenHypervisor(runner, verbosity);
    }

    @Override
    public Hypervisor create(String name, HostSpec spec) {
        throw new HvException(HvError.FAIL, "a real Dom0 is not made by xsh: --backend xen works on the Dom0 it runs on"
                + " (or the one --host ssh://... names)");
    }

    /** The Dom0's own name ({@code xl info}'s host). */
    @Override
    public List<String> names() {
        try (Hypervisor hv = open("")) {
            return List.of(hv.hostName());
        }
    }
}
