package xsh.shell.remote;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The remote hosts this xsh process works on, one {@link SshSession} each, all closed when xsh
 * exits (a shutdown hook, so that every way out of the process closes them). A host that
 * answers for the first time is remembered for {@code hosts}.
 */
public final class SshSessions implements AutoCloseable {

    private final Supplier<Path> xshHome;
    private final SshProgram ssh;
    private final Map<SshTarget, SshSession> sessions = new LinkedHashMap<>();
    private boolean hooked;

    public SshSessions(Supplier<Path> xshHome, SshProgram ssh) {
        this.xshHome = xshHome;
        this.ssh = ssh;
    }

    /** As the environment configures ssh ({@link SshProgram}). */
    public static SshSessions fromEnvironment(Supplier<Path> xshHome) {
        return new SshSessions(xshHome, SshProgram.from(System.getenv()));
    }

    /** The session of the host {@code name} (an {@code ssh://} name), connected: fails in one line when it cannot be. */
    public SshSession open(String name) {
        SshSession session = session(name);
        if (session.open()) {
            try {
                remembered().remember(session.target());
            } catch (RuntimeException e) {
                // remembering is for listing and Tab; the command itself goes on
            }
        }
        return session;
    }

    /** The session of the host {@code name}, as it is: connected or not (for a reader that must not connect). */
    public synchronized SshSession session(String name) {
        SshSession session = sessions.computeIfAbsent(SshTarget.parse(name), t -> new SshSession(t, ssh, xshHome.get()));
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "xsh-ssh-close"));
        }
        return session;
    }

    /** The hosts xsh has reached before, remembered under XSH_HOME. */
    public RememberedHosts remembered() {
        return new RememberedHosts(xshHome.get());
    }

    @Override
    public void close() {
        SshSession[] open;
        synchronized (this) {
            open = sessions.values().toArray(SshSession[]::new);
        }
        for (SshSession session : open) {
            try {
                session.close();
            } catch (RuntimeException e) {
                // the master goes by itself after its idle time; nothing to tell at exit
            }
        }
    }
}
