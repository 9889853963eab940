package xsh.toolstack.migrate.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import xsh.error.XshException;
import xsh.hv.storage.Storage;

/**
 * One dataset's replication stream being received: the storage's {@code receive} reads it
 * on a thread of its own from a {@link StreamPipe} the records fill. The storage changes
 * nothing unless the stream it reads is whole.
 */
final class IncomingStream {

    private final StorageRecords.Begin begin;
    private final StreamPipe pipe = new StreamPipe();
    private final Thread receiver;
    private volatile RuntimeException failure;
    private long bytes;

    IncomingStream(Storage storage, StorageRecords.Begin begin) {
        this.begin = begin;
        // an incremental stream goes into a dataset this migration made: forcing it back
        // to the base snapshot undoes only what mounting it may have touched since
        boolean force = begin.incremental();
        this.receiver = new Thread(() -> {
            try (pipe) {
                storage.receive(begin.dataset(), pipe, force);
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "migration-receive " + begin.snapshot());
        receiver.setDaemon(true);
        receiver.start();
    }

    StorageRecords.Begin begin() {
        return begin;
    }

    void write(byte[] chunk) throws IOException {
        try {
            pipe.write(chunk);
            bytes += chunk.length;
        } catch (InterruptedIOException e) {
            cut();
            throw e;
        } catch (IOException e) {
            // the storage stopped reading: it refused the stream, and says why
            awaitReceiver();
            throw refused();
        }
    }

    /** The stream's end: checks its length against what arrived, and waits for the storage to take it. */
    void finish(long expectedBytes) throws IOException {
        if (expectedBytes != bytes) {
            cut();
            throw new XshException("migration target: the stream of " + begin.snapshot() + " arrived "
                    + bytes + " bytes long instead of " + expectedBytes, 1);
        }
        pipe.end();
        awaitReceiver();
        if (failure != null) {
            throw refused();
        }
    }

    /** Gives up on the stream: the storage receives none of it. Waits for it to stop. */
    void cut() {
        pipe.cut();
        boolean interrupted = false;
        while (receiver.isAlive()) {
            try {
                receiver.join();
            } catch (InterruptedException e) {
                interrupted = true; // the storage must stop before what it made can be removed
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReceiver() throws InterruptedIOException {
        try {
            receiver.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cut();
            throw new InterruptedIOException("interrupted while " + begin.snapshot() + " was being received");
        }
    }

    private XshException refused() {
        RuntimeException e = failure != null ? failure
                : new IllegalStateException("the receive of " + begin.snapshot() + " ended without a reason");
        return new XshException("migration target: " + begin.snapshot() + ": " + firstLine(e.getMessage()), 1, e);
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("");
    }
}
