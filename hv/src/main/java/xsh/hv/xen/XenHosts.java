package xsh.hv.xen;

import java.util.List;
import xsh.hv.HostProvider;
import xsh.hv.HostSpec;
import xsh.hv.Hypervisor;

/**
 * The {@code xen} backend's hosts: the one Dom0 whose {@code xl} and {@code zfs} this process
 * runs, on this machine or over ssh. (Skeleton: the backend's work fills it in.)
 */
public final class XenHosts implements HostProvider {

    /** The Dom0 this machine is: {@code xl} and {@code zfs} from PATH; {@code verbosity} -v flags for xl. */
    public static XenHosts local(int verbosity) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A remote Dom0: every command is {@code sshCommand... xl ARGS}, its words quoted for the remote shell. */
    public static XenHosts overSsh(List<String> sshCommand, int verbosity) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Hypervisor open(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Hypervisor create(String name, HostSpec spec) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<String> names() {
        throw new UnsupportedOperationException("not yet");
    }
}
