package xsh.toolstack.migrate;

import java.io.IOException;

/**
 * Where xsh's own records go inside the migration stream: each becomes one of libxc's
 * optional records (the type with bit 31 set), padded to 8 bytes, between the records of
 * memory. Bodies are kept small (a MiB or so) so a long replication stream is many records.
 */
@FunctionalInterface
public interface RecordOutput {

    /** Largest body one record may carry. */
    int MAX_BODY = 1 << 20;

    /**
     * @param type one of xsh's record types ({@link XshRecordTypes}), without bit 31
     * @param body at most {@link #MAX_BODY} bytes
     */
    void write(int type, byte[] body, int offset, int length) throws IOException;
}
