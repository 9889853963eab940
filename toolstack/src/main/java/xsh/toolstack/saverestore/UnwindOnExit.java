package xsh.toolstack.saverestore;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While xl's own save, restore or migration runs on a real Dom0, xsh's exit (SIGTERM, or
 * Ctrl-C where nothing else takes it) does not leave xl running on alone: the JVM's shutdown
 * hook interrupts the thread that waits for xl and waits in turn for that thread to unwind, so
 * xl is stopped (politely: it resumes its guest and removes its file), xsh's temporary file is
 * removed and a guest xl left suspended or paused runs again before xsh is gone. The thread
 * says it has unwound by closing this; a run that ends normally takes the hook away.
 */
public final class UnwindOnExit implements AutoCloseable {

    /** How long an exit waits for the unwinding: xl's grace, then a few reads and changes of the host. */
    static final long UNWIND_SECONDS = 60;

    private final Thread hook;
    private final CountDownLatch unwound = new CountDownLatch(1);

    private UnwindOnExit(Thread worker) {
        this.hook = new Thread(() -> {
            worker.interrupt();
            try {
                unwound.await(UNWIND_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // the JVM is being halted: nothing more waits
            }
        }, "xsh-native-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** For the calling thread, until {@link #close}. */
    public static UnwindOnExit ofCurrentThread() {
        return new UnwindOnExit(Thread.currentThread());
    }

    /** The thread's clean-up is done: an exit under way may go on, and a later one has nothing to wait for. */
    @Override
    public void close() {
        unwound.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already exiting: the hook runs, and returns now
        }
    }
}
