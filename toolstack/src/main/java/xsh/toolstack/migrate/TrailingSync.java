package xsh.toolstack.migrate;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import xsh.hv.GuestMemory;

/**
 * Makes the incoming memory durable behind the pages as they arrive: a sync on a thread of
 * its own each time enough has been written, so the receiver never waits on the disk between
 * records, and the last sync, with the guest suspended at the source, has only the last
 * rounds' pages to write. One sync at the end alone would put the whole memory's write-back
 * into the downtime; one per record would put it into every round.
 */
final class TrailingSync implements AutoCloseable {

    /** Written between two background syncs: small enough that the last one is short. */
    static final long EVERY_BYTES = 8L << 20;

    private final GuestMemory memory;
    private ExecutorService thread;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
    private long unsynced;

    TrailingSync(GuestMemory memory) {
        this.memory = memory;
    }

    /** {@code bytes} more were written; starts a sync if enough are waiting and none runs. */
    void written(long bytes) throws IOException {
        unsynced += bytes;
        if (unsynced < EVERY_BYTES || !inFlight.isDone()) {
            return;
        }
        await(); // a failed sync fails the migration now, not at its end
        unsynced = 0;
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "migration receiver sync");
                t.setDaemon(true);
                return t;
            });
        }
        inFlight = CompletableFuture.runAsync(() -> {
            try {
                memory.sync();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, thread);
    }

    /**
     * Every page written so far is durable when this returns. A sync still running need not
     * be awaited first: this one writes back whatever that one has not, and waits for the rest.
     */
    void finish() throws IOException {
        memory.sync();
        unsynced = 0;
    }

    private void await() throws IOException {
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("migration target: interrupted");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(cause.getMessage(), cause);
        }
    }

    /** Ends the thread; a sync still running finishes on its own. */
    @Override
    public void close() {
        if (thread != null) {
            thread.shutdown();
        }
    }
}
