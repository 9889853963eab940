package xsh.shell.backend;

import java.nio.file.Path;
import xsh.hv.HostProvider;
import xsh.hv.sim.SimHosts;

/** The one place that makes the embedded simulated hosts' provider. */
public final class Backends {

    private Backends() {
    }

    /** The embedded hosts kept under {@code xshHome}. */
    public static HostProvider embedded(Path xshHome) {
        return new SimHosts(xshHome);
    }
}
