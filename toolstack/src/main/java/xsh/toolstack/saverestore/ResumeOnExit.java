package xsh.toolstack.saverestore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import xsh.hv.Hypervisor;

/**
 * While a save is under way, an interrupted xsh (Ctrl-C, SIGTERM) still removes the partial
 * image and resumes the guest on its way out, so a save never leaves a guest suspended. The
 * JVM runs this as a shutdown hook; a save that ends normally takes it away again.
 */
final class ResumeOnExit implements AutoCloseable {

    private final Thread hook;
    /** Held while the guest is being suspended, so an interruption then waits and resumes it. */
    private final Object suspending = new Object();
    private boolean suspended;

    ResumeOnExit(Hypervisor hv, int domid, Path temp) {
        this.hook = new Thread(() -> {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the exit goes on; a stray temporary file is not an image (it never got FILE's name)
            }
            synchronized (suspending) {
                if (suspended) {
                    try {
                        hv.resume(domid);
                    } catch (RuntimeException e) {
                        // the domain may be gone already: the save had finished
                    }
                }
            }
        }, "xsh-save-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Suspends the guest with {@code suspend}; from then on an interruption resumes it. An
     * interruption that comes while the guest is being suspended waits for that to finish,
     * so no instant is left where the guest is suspended and the hook does not know it.
     */
    void suspend(Runnable suspend) {
        synchronized (suspending) {
            suspend.run();
            suspended = true;
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already exiting: the hook runs
        }
    }
}
