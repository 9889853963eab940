package xsh.shell.migrate;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import xsh.toolstack.migrate.MigrationLink;

/**
 * Runs a migration on a thread of its own, so that an interrupt of the caller's thread (Ctrl-C
 * at the prompt) cuts the link at once: a write to a full pipe or a read of an empty one never
 * notices an interrupt, but a broken link ends both. The migrator then fails as it does for any
 * broken link (the source resumes under its name), and the caller waits for it to finish
 * undoing, so the host is never left half-changed.
 */
final class CuttableRun {

    private CuttableRun() {
    }

    /** The migration's result or failure, once it has ended; the caller's interrupt status is kept. */
    static <T> T run(MigrationLink link, Supplier<T> migration) {
        FutureTask<T> task = new FutureTask<>(migration::get);
        Thread worker = new Thread(task, "xsh-migrate");
        worker.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    if (!interrupted) {
                        interrupted = true;
                        link.cut();
                        worker.interrupt();
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
