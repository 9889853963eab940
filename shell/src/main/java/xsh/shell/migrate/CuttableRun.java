package xsh.shell.migrate;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import xsh.error.MultiLineException;
import xsh.error.XshException;

/**
 * Runs a migration on a thread of its own, so that an interrupt of the caller's thread (Ctrl-C)
 * cuts the link at once: a write to a full pipe or a read of an empty one never notices an
 * interrupt, but a broken link ends both. The migrator then fails as it does for any broken
 * link (the source resumes under its name), and the caller waits for it to finish undoing, so
 * the host is never left half-changed. The migrating thread itself is not interrupted: an
 * interrupt would close the host's files under the undoing.
 */
final class CuttableRun {

    /** Exit code of a command Ctrl-C stopped, as a shell gives it: 128 + SIGINT. */
    static final int INTERRUPTED = 130;

    private CuttableRun() {
    }

    /**
     * The migration's result or failure, once it has ended. A failure the interrupt caused is
     * the migration's own (its lines say what was undone), with the exit code of an interrupted
     * command. The caller's interrupt is consumed, so that what it closes next is not cut short;
     * {@code interrupted} is told instead.
     */
    static <T> T run(ProcessLink link, Supplier<T> migration, Runnable interrupted) {
        FutureTask<T> task = new FutureTask<>(migration::get);
        Thread worker = new Thread(task, "xsh-migrate");
        worker.start();
        boolean cut = false;
        while (true) {
            try {
                return task.get();
            } catch (InterruptedException e) {
                if (!cut) {
                    cut = true;
                    interrupted.run();
                    link.interrupt();
                }
            } catch (ExecutionException e) {
                if (cut && e.getCause() instanceof MultiLineException lines) {
                    throw new MultiLineException(lines.lines(), INTERRUPTED, lines);
                }
                if (cut && e.getCause() instanceof XshException xsh) {
                    throw new XshException(xsh.getMessage(), INTERRUPTED, xsh);
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
