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
    private volatile boolean suspended;

    ResumeOnExit(Hypervisor hv, int domid, Path temp) {
        this.hook = new Thread(() -> {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the exit goes on; a stray temporary file is not an image (it never got FILE's name)
            }
            if (suspended) {
                try {
                    hv.resume(domid);
                } catch (RuntimeException e) {
                    // the domain may be gone already: the save had finished
                }
            }
        }, "xsh-save-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** From now on an interruption resumes the guest. */
    void suspended() {
        suspended = true;
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
