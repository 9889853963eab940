package xsh.hv.sim.memory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.BitSet;
import xsh.error.XshException;
import xsh.hv.GuestMemory;

/**
 * Writes pages as they are at one position of the workload: a page written since the data
 * file was materialized is generated from its last write, any other comes from the file.
 *
 * <p>Pages go out a window of {@link #WINDOW_PAGES} at a time: the window's file pages are
 * read in one read (the generated pages among them are overwritten after), so pages
 * scattered by the workload never cost a call each. A long run of file pages goes to a
 * file in the kernel instead, when the sink can.
 */
final class PageStreamer {

    static final int WINDOW_PAGES = PageSink.CHUNK_BYTES / GuestMemory.PAGE_SIZE;
    /** Shorter runs of file pages cost more as calls of their own than read with their window. */
    static final int KERNEL_COPY_MIN_PAGES = 64;

    private final FileChannel data;
    private final Path dataPath;
    private final long seed;
    private final DirtyWorkload workload;
    private final long position;
    private final BitSet generated;

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
    void writeRange(int from, int to, PageSink sink) throws IOException {
        int page = from;
        while (page < to) {
            int nextGenerated = generated.nextSetBit(page);
            int fileRunEnd = nextGenerated < 0 || nextGenerated > to ? to : nextGenerated;
            if (sink.copiesInKernel() && fileRunEnd - page >= KERNEL_COPY_MIN_PAGES) {
                sink.copyInKernel(data, offsetOf(page), offsetOf(fileRunEnd) - offsetOf(page));
                page = fileRunEnd;
            } else {
                int end = Math.min(to, page + WINDOW_PAGES);
                writeWindow(page, end, sink);
                page = end;
            }
        }
    }

    /** Writes the pages in {@code pages}, in order. */
    void writeSelected(BitSet pages, PageSink sink) throws IOException {
        for (int start = pages.nextSetBit(0); start >= 0; start = pages.nextSetBit(start)) {
            int end = pages.nextClearBit(start);
            writeRange(start, end, sink);
            start = end;
        }
    }

    private void writeWindow(int from, int to, PageSink sink) throws IOException {
        ByteBuffer chunk = sink.chunk();
        if (chunk.remaining() < (to - from) * GuestMemory.PAGE_SIZE) {
            sink.flush();
        }
        int base = chunk.position();
        int firstFilePage = generated.nextClearBit(from);
        if (firstFilePage < to) {
            int lastFilePage = generated.previousClearBit(to - 1);
            read(chunk, base + (firstFilePage - from) * GuestMemory.PAGE_SIZE, firstFilePage, lastFilePage + 1);
        }
        for (int page = generated.nextSetBit(from); page >= 0 && page < to; page = generated.nextSetBit(page + 1)) {
            long write = workload.lastWriteBefore(page, position);
            PageContent.fillWritten(chunk.array(), chunk.arrayOffset() + base + (page - from) * GuestMemory.PAGE_SIZE,
                    seed, page, write);
        }
        chunk.position(base + (to - from) * GuestMemory.PAGE_SIZE);
    }

    /** Reads pages {@code from … to - 1} of the data file into {@code chunk} at {@code offset}. */
    private void read(ByteBuffer chunk, int offset, int from, int to) throws IOException {
        ByteBuffer target = chunk.duplicate();
        target.limit(offset + (to - from) * GuestMemory.PAGE_SIZE).position(offset);
        long at = offsetOf(from);
        while (target.hasRemaining()) {
            int read = data.read(target, at);
            if (read < 0) {
                throw new XshException("guest memory data file " + dataPath + " ends at byte " + at
                        + ", before the memory does", 1);
            }
            at += read;
        }
    }

    private static long offsetOf(int page) {
        return (long) page * GuestMemory.PAGE_SIZE;
    }
}
