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
 * file was materialized is generated from its last write; any other holds what the data
 * file holds, which is computed too while that is the boot image (zeros and patterned
 * pages: cheaper to make than to read), and read otherwise (a restored image).
 *
 * <p>Pages go out a window of {@link #WINDOW_PAGES} at a time, the window's file pages read
 * in few reads, so pages scattered by the workload never cost a call each. A long run of
 * file pages goes to a file in the kernel instead, when the sink can.
 */
final class PageStreamer {

    static final int WINDOW_PAGES = PageSink.CHUNK_BYTES / GuestMemory.PAGE_SIZE;
    /** Shorter runs of file pages cost more as calls of their own than read with their window. */
    static final int KERNEL_COPY_MIN_PAGES = 64;
    /** What a read call costs, in bytes copied in the same time. */
    static final int BYTES_PER_CALL = 16 * 1024;

    private static final byte[] ZERO_PAGE = new byte[GuestMemory.PAGE_SIZE];

    private final FileChannel data;
    private final Path dataPath;
    private final boolean dataIsBootImage;
    private final long seed;
    private final DirtyWorkload workload;
    private final long position;
    private final BitSet generated;
    private final byte[] scratch = new byte[GuestMemory.PAGE_SIZE];

    /**
     * @param dataIsBootImage whether {@code data} holds the boot image, so its pages can be computed
     * @param generated       the pages written between the materialization and {@code position};
     *                        their content comes from the workload, not from {@code data}
     */
    PageStreamer(FileChannel data, Path dataPath, boolean dataIsBootImage, long seed, DirtyWorkload workload,
            long position, BitSet generated) {
        this.data = data;
        this.dataPath = dataPath;
        this.dataIsBootImage = dataIsBootImage;
        this.seed = seed;
        this.workload = workload;
        this.position = position;
        this.generated = generated;
    }

    /** Writes pages {@code from … to - 1}, in order. */
    void writeRange(int from, int to, PageSink sink) throws IOException {
        boolean kernelCopies = !dataIsBootImage && sink.copiesInKernel();
        int page = from;
        while (page < to) {
            if (kernelCopies) {
                // the run's first pages go through the chunk up to an aligned output position
                int runEnd = fileRunEnd(page, to);
                int alignedStart = page + sink.pagesToAlignment();
                int alignedPages = Math.max(0, runEnd - alignedStart) / PageSink.ALIGN_PAGES * PageSink.ALIGN_PAGES;
                if (alignedPages >= KERNEL_COPY_MIN_PAGES) {
                    fill(page, alignedStart, sink);
                    sink.copyInKernel(data, alignedStart, alignedPages);
                    page = alignedStart + alignedPages;
                    continue;
                }
            }
            int end = windowEnd(page, to, kernelCopies);
            fill(page, end, sink);
            page = end;
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

    /** A window from {@code page}: at most {@link #WINDOW_PAGES}, ending where a run worth a kernel copy starts. */
    private int windowEnd(int page, int to, boolean kernelCopies) {
        int end = Math.min(to, page + WINDOW_PAGES);
        if (!kernelCopies) {
            return end;
        }
        int cursor = page;
        while (cursor < end) {
            int fileRunEnd = fileRunEnd(cursor, to);
            if (cursor > page && fileRunEnd - cursor >= KERNEL_COPY_MIN_PAGES + PageSink.ALIGN_PAGES) {
                return cursor;
            }
            cursor = fileRunEnd < to ? generated.nextClearBit(fileRunEnd) : to;
        }
        return end;
    }

    /** The end of the run of file pages (not generated) from {@code page}, at most {@code to}. */
    private int fileRunEnd(int page, int to) {
        int nextGenerated = generated.nextSetBit(page);
        return nextGenerated < 0 || nextGenerated > to ? to : nextGenerated;
    }

    /** Puts pages {@code from … to - 1} in the chunk, writing it out each time it is full. */
    private void fill(int from, int to, PageSink sink) throws IOException {
        int page = from;
        while (page < to) {
            if (sink.roomInPages() == 0) {
                sink.flush();
            }
            int end = Math.min(to, page + sink.roomInPages());
            fillChunk(page, end, sink.chunk());
            page = end;
        }
    }

    private void fillChunk(int from, int to, ByteBuffer chunk) throws IOException {
        int base = chunk.position();
        if (dataIsBootImage) {
            for (int page = generated.nextClearBit(from); page < to; page = generated.nextClearBit(page + 1)) {
                put(chunk, base + (page - from) * GuestMemory.PAGE_SIZE, page, -1);
            }
        } else {
            readFilePages(chunk, base, from, to);
        }
        for (int page = generated.nextSetBit(from); page >= 0 && page < to; page = generated.nextSetBit(page + 1)) {
            put(chunk, base + (page - from) * GuestMemory.PAGE_SIZE, page, workload.lastWriteBefore(page, position));
        }
        chunk.position(base + (to - from) * GuestMemory.PAGE_SIZE);
    }

    /** Puts the page as write number {@code write} left it, or as it boots for -1. */
    private void put(ByteBuffer chunk, int offset, int page, long write) {
        if (write < 0 && !BootImage.isPatterned(page)) {
            chunk.put(offset, ZERO_PAGE);
            return;
        }
        // generating into an array is several times faster than through a direct buffer
        boolean direct = !chunk.hasArray();
        byte[] into = direct ? scratch : chunk.array();
        int at = direct ? 0 : chunk.arrayOffset() + offset;
        if (write < 0) {
            PageContent.fillBoot(into, at, seed, page);
        } else {
            PageContent.fillWritten(into, at, seed, page, write);
        }
        if (direct) {
            chunk.put(offset, scratch);
        }
    }

    /**
     * Reads the window's file pages into place: in one read from the first to the last, or,
     * when generated pages make up most of that span, run by run, a call costing about what
     * copying {@link #BYTES_PER_CALL} does.
     */
    private void readFilePages(ByteBuffer chunk, int base, int from, int to) throws IOException {
        int first = generated.nextClearBit(from);
        if (first >= to) {
            return;
        }
        int last = generated.previousClearBit(to - 1);
        int runs = 0;
        int filePages = 0;
        for (int start = first; start <= last; start = generated.nextClearBit(start)) {
            int end = fileRunEnd(start, last + 1);
            runs++;
            filePages += end - start;
            start = end;
        }
        long wastedBytes = (long) (last + 1 - first - filePages) * GuestMemory.PAGE_SIZE;
        if (wastedBytes <= (long) runs * BYTES_PER_CALL) {
            read(chunk, base + (first - from) * GuestMemory.PAGE_SIZE, first, last + 1);
            return;
        }
        for (int start = first; start <= last; start = generated.nextClearBit(start)) {
            int end = fileRunEnd(start, last + 1);
            read(chunk, base + (start - from) * GuestMemory.PAGE_SIZE, start, end);
            start = end;
        }
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
