package xsh.toolstack.migrate.storage;

import java.io.IOException;
import java.io.OutputStream;
import xsh.toolstack.migrate.RecordOutput;

/**
 * A replication stream as {@link StorageRecords#DATA} records of at most
 * {@link RecordOutput#MAX_BODY} bytes each, so no stream is ever held whole. The first
 * failure of the record output is kept: the storage's {@code send} reports it in its own
 * words, and the sender rethrows the link's own failure instead.
 */
final class RecordChunker extends OutputStream {

    private final RecordOutput out;
    private final byte[] buffer = new byte[RecordOutput.MAX_BODY];
    private int filled;
    private long written;
    private IOException failure;

    RecordChunker(RecordOutput out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == buffer.length) {
                emit();
            }
        }
    }

    /** Sends what is buffered: {@code send} flushes at its end, and a chunk need not be full. */
    @Override
    public void flush() throws IOException {
        if (filled > 0) {
            emit();
        }
    }

    private void emit() throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            out.write(StorageRecords.DATA, buffer, 0, filled);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        written += filled;
        filled = 0;
    }

    /** The stream's bytes sent so far. */
    long written() {
        return written;
    }

    /** The record output's failure, if it failed. */
    IOException failure() {
        return failure;
    }
}
