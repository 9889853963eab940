package xsh.hv.sim.memory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.BitSet;
import xsh.error.XshException;
import xsh.hv.GuestMemory;

/**
 * Writes pages as they are at one position of the workload: a page written since the data
 * file was materialized is generated from its last write, any other is read from the file.
 * Pages go out in chunks of {@link #CHUNK_BYTES}, and the file is read in runs, so a whole
 * image is a few large reads and writes, never a call per page.
 */
final class PageStreamer {

    static final int CHUNK_BYTES = 1 << 20;
    private static final int CHUNK_PAGES = CHUNK_BYTES / GuestMemory.PAGE_SIZE;

    private final FileChannel data;
    private final Path dataPath;
    private final long seed;
    private final DirtyWorkload workload;
    private final long position;
    private final BitSet generated;
    private final byte[] chunk = new byte[CHUNK_BYTES];

    /**
     * @param generated the pages written between the materialization and {@code position};
     *                  their content comes from the workload, not from {@code data}
     */
    PageStreamer(FileChannel data, Path dataPath, long seed, DirtyWorkload workload, long position, BitSet generated) {
        this.data = data;
        this.dataPath = dataPath;
        this.seed = seed;
        this.workload = workload;
        this.position = position;
        this.generated = generated;
    }

    /** Writes pages {@code from … to - 1}, in order. */
    void writeRange(int from, int to, OutputStream out) throws IOException {
        for (int start = from; start < to; start += CHUNK_PAGES) {
            int end = Math.min(to, start + CHUNK_PAGES);
            fill(start, end);
            out.write(chunk, 0, (end - start) * GuestMemory.PAGE_SIZE);
        }
    }

    /** Writes the pages in {@code pages}, in order. */
    void writeSelected(BitSet pages, OutputStream out) throws IOException {
        for (int start = pages.nextSetBit(0); start >= 0; start = pages.nextSetBit(start)) {
            int end = pages.nextClearBit(start);
            writeRange(start, end, out);
            start = end;
        }
    }

    /** Puts pages {@code from … to - 1} at the start of {@link #chunk}. */
    private void fill(int from, int to) throws IOException {
        int page = from;
        while (page < to) {
            boolean fromWorkload = generated.get(page);
            int runEnd = fromWorkload ? generated.nextClearBit(page) : generated.nextSetBit(page);
            if (runEnd < 0 || runEnd > to) {
                runEnd = to;
            }
            if (fromWorkload) {
                generate(page, runEnd, from);
            } else {
                read(page, runEnd, from);
            }
            page = runEnd;
        }
    }

    private void generate(int from, int to, int chunkStart) {
        for (int page = from; page < to; page++) {
            long write = workload.lastWriteBefore(page, position);
            PageContent.fillWritten(chunk, (page - chunkStart) * GuestMemory.PAGE_SIZE, seed, page, write);
        }
    }

    private void read(int from, int to, int chunkStart) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(chunk, (from - chunkStart) * GuestMemory.PAGE_SIZE,
                (to - from) * GuestMemory.PAGE_SIZE);
        long at = (long) from * GuestMemory.PAGE_SIZE;
        while (buffer.hasRemaining()) {
            int read = data.read(buffer, at);
            if (read < 0) {
                throw new XshException("guest memory data file " + dataPath + " ends at byte " + at
                        + ", before the memory does", 1);
            }
            at += read;
        }
    }
}
