package xsh.hv.sim.memory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import xsh.hv.GuestMemory;

/**
 * Where streamed pages go: gathered in {@link #chunk()}, written a chunk at a time, to any
 * stream; a plain {@link FileOutputStream} (a save image on disk) gets a
 * {@link FileChannelSink}, faster.
 *
 * <p>The sink counts the pages it has been given, so the streamer can keep writes aligned
 * to {@link #ALIGN_PAGES}: the page cache builds a file from large folios only while writes
 * start at multiples of their size. A single 4 KiB write in the middle puts every later write
 * off alignment, and the rest of the file is then built a page at a time, measured a third
 * slower on ext4.
 */
abstract class PageSink {

    static final int CHUNK_BYTES = 1 << 20;
    /** 64 KiB, the large folio the page cache uses for a 64 KiB-aligned write. */
    static final int ALIGN_PAGES = 16;

    private ByteBuffer chunk;
    private long pagesFlushed;

    PageSink(ByteBuffer chunk, long pagesBefore) {
        this.chunk = chunk.clear();
        this.pagesFlushed = pagesBefore;
    }

    static PageSink to(OutputStream out) {
        // exactly FileOutputStream: a subclass may count or transform what it is given
        if (out.getClass() == FileOutputStream.class) {
            return new FileChannelSink(((FileOutputStream) out).getChannel());
        }
        return new StreamSink(out);
    }

    /** Room for pages, written out by {@link #flush()}. */
    final ByteBuffer chunk() {
        return chunk;
    }

    /** How many more pages the chunk holds. */
    final int roomInPages() {
        return chunk.remaining() / GuestMemory.PAGE_SIZE;
    }

    /** How many pages to give before the next one lands on an {@link #ALIGN_PAGES} boundary of the output. */
    final int pagesToAlignment() {
        long next = pagesFlushed + chunk.position() / GuestMemory.PAGE_SIZE;
        return (int) ((ALIGN_PAGES - next % ALIGN_PAGES) % ALIGN_PAGES);
    }

    /** Writes the pages gathered in the chunk (or starts to), and empties it. */
    final void flush() throws IOException {
        if (chunk.position() > 0) {
            chunk.flip();
            pagesFlushed += chunk.remaining() / GuestMemory.PAGE_SIZE;
            chunk = write(chunk).clear();
        }
    }

    /** Writes what remains and waits until it is written; the sink is done. */
    void finish() throws IOException {
        flush();
    }

    /** Waits for any write under way, whatever its outcome: after a failure, before the stream is closed. */
    void abandon() {
    }

    /** Whether {@link #copyInKernel} is available. */
    boolean copiesInKernel() {
        return false;
    }

    /** Appends {@code pages} pages of {@code data} from page {@code first}, after the chunk's pages. */
    void copyInKernel(FileChannel data, int first, int pages) throws IOException {
        throw new UnsupportedOperationException("a stream takes pages through the chunk only");
    }

    /** Writes {@code pages}, or starts to; returns the buffer to fill next. */
    abstract ByteBuffer write(ByteBuffer pages) throws IOException;

    final void countCopied(int pages) {
        pagesFlushed += pages;
    }

    private static final class StreamSink extends PageSink {
        private final OutputStream out;

        StreamSink(OutputStream out) {
            super(ByteBuffer.allocate(CHUNK_BYTES), 0); // a stream takes arrays
            this.out = out;
        }

        @Override
        ByteBuffer write(ByteBuffer pages) throws IOException {
            out.write(pages.array(), pages.arrayOffset() + pages.position(), pages.remaining());
            return pages;
        }
    }
}
