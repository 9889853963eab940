package xsh.toolstack.checkpoint;

import xsh.hv.Hypervisor;

/**
 * While a checkpoint is being taken, an xsh that is told to stop (Ctrl-C, SIGTERM) undoes it
 * on its way out, so the domain is not left paused until the next xsh recovers it. The JVM
 * runs this as a shutdown hook; a checkpoint that ends, whole or undone, takes it away.
 * (A process killed outright runs nothing: that is what the journal is for.)
 */
final class InterruptionGuard implements AutoCloseable {

    private final Thread hook;
    private boolean finished;

    InterruptionGuard(Hypervisor hv, SqliteCheckpointCatalog catalog, JournalEntry entry) {
        this.hook = new Thread(() -> {
            synchronized (this) {
                if (finished) {
                    return;
                }
                finished = true;
            }
            try {
                CheckpointUndo.undo(hv, entry);
                catalog.abandon(entry.id());
            } catch (RuntimeException e) {
                // exiting anyway: the journal entry stays for the next xsh to recover
            }
        }, "xsh-checkpoint-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Runs {@code complete} (the checkpoint entering the catalog) unless the hook has begun to
     * undo it; from then on the hook does nothing.
     */
    synchronized void complete(Runnable complete) {
        if (finished) {
            throw new IllegalStateException("xsh is exiting; the checkpoint is being undone");
        }
        complete.run();
        finished = true;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already exiting: the hook runs, and finds the checkpoint finished or not
        }
    }
}
