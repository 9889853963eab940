package xsh.shell.backend;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import xsh.error.XshException;
import xsh.hv.HostProvider;

/** The one place that makes the embedded simulated hosts' provider. */
public final class Backends {

    private static final String SIM_HOSTS = "xsh.hv.sim.SimHosts";

    private Backends() {
    }

    /**
     * The embedded hosts kept under {@code xshHome}. The simulator ({@code xsh.hv.sim}) is
     * written on a branch of its own; it is looked up by name so that this build works with
     * or without it, and becomes {@code new SimHosts(xshHome)} once it is merged.
     */
    public static HostProvider embedded(Path xshHome) {
        try {
            return (HostProvider) Class.forName(SIM_HOSTS).getConstructor(Path.class).newInstance(xshHome);
        } catch (ClassNotFoundException e) {
            throw new XshException("xsh: this build of xsh has no embedded host (" + SIM_HOSTS + " is missing)", 1, e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new XshException("xsh: cannot open the embedded hosts under " + xshHome + ": " + e.getCause(), 1, e);
        } catch (ReflectiveOperationException e) {
            throw new XshException("xsh: cannot make the embedded hosts: " + e, 1, e);
        }
    }
}
