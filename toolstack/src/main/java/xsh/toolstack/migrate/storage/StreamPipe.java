package xsh.toolstack.migrate.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;

/**
 * A replication stream from the records that carry it to the storage's {@code receive},
 * which reads it on a thread of its own: at most a few chunks wait here, so however long a
 * stream is, it is never held whole. Either side may give up: a writer that is cut off makes
 * the reader fail (so the storage receives nothing), a reader that stops makes the writer
 * fail instead of waiting for ever.
 */
final class StreamPipe extends InputStream {

    /** Chunks waiting for the reader; each is a record's body of at most a MiB. */
    private static final int CAPACITY = 4;

    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private byte[] current;
    private int position;
    private boolean ended;
    private boolean cut;
    private boolean readerGone;

    /** Hands the reader the next bytes; waits while it is behind. */
    synchronized void write(byte[] chunk) throws IOException {
        while (chunks.size() >= CAPACITY && !readerGone && !cut) {
            waitHere();
        }
        if (cut) {
            throw new IOException("the stream was cut off");
        }
        if (readerGone) {
            throw new IOException("the receiving side stopped reading");
        }
        if (ended) {
            throw new IllegalStateException("the stream has ended");
        }
        chunks.add(chunk);
        notifyAll();
    }

    /** The stream is whole: the reader sees its end once it has read everything. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** The stream will not be whole: the reader fails at once, whatever was waiting. */
    synchronized void cut() {
        cut = true;
        chunks.clear();
        notifyAll();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (current == null || position == current.length) {
            if (cut) {
                throw new IOException("the migration stream was cut off");
            }
            byte[] next = chunks.poll();
            if (next != null) {
                current = next;
                position = 0;
                notifyAll();
            } else if (ended) {
                return -1;
            } else {
                waitHere();
            }
        }
        if (cut) {
            throw new IOException("the migration stream was cut off");
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, into, offset, n);
        position += n;
        return n;
    }

    /** The reader is done, early or not: a writer waiting or still to come fails. */
    @Override
    public synchronized void close() {
        readerGone = true;
        chunks.clear();
        notifyAll();
    }

    private void waitHere() throws InterruptedIOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the stream was moving");
        }
    }
}
