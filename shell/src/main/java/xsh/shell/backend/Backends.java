package xsh.shell.backend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import xsh.hv.HostProvider;
import xsh.hv.sim.SimHosts;
import xsh.hv.xen.XenHosts;
import xsh.shell.remote.SshProgram;
import xsh.shell.remote.SshTarget;

/** The one place that makes the backends' providers of hosts: the embedded simulated hosts, a real Dom0. */
public final class Backends {

    private Backends() {
    }

    /** The embedded hosts kept under {@code xshHome}. */
    public static HostProvider embedded(Path xshHome) {
        return new SimHosts(xshHome);
    }

    /**
     * The Dom0 {@code host} names: this machine (null, or an embedded host's name, which means
     * nothing here), or {@code ssh://[user@]host[:port]}, whose xl and zfs run over ssh as
     * {@code $XSH_SSH $XSH_SSH_OPTS -T [-p PORT] [USER@]HOST 'xl' ...}.
     */
    public static HostProvider dom0(String host, int xlVerbosity) {
        if (!SshTarget.isRemote(host)) {
            return XenHosts.local(xlVerbosity);
        }
        SshTarget target = SshTarget.parse(host);
        List<String> ssh = new ArrayList<>(SshProgram.from(System.getenv()).command());
        ssh.add("-T");
        if (target.port() != 0) {
            ssh.addAll(List.of("-p", Integer.toString(target.port())));
        }
        ssh.add(target.destination());
        return XenHosts.overSsh(ssh, xlVerbosity);
    }
}
