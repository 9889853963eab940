package xsh.hv.sim.memory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import xsh.hv.GuestMemory;

/**
 * Where streamed pages go: gathered in {@link #chunk()}, written a chunk at a time. A plain
 * {@link FileOutputStream} (a save image on disk) also takes long runs of the data file
 * inside the kernel, file to file, as a copy would.
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

    private final ByteBuffer chunk;
    private long pagesFlushed;

    private PageSink(ByteBuffer chunk, long pagesBefore) {
        this.chunk = chunk.clear();
        this.pagesFlushed = pagesBefore;
    }

    static PageSink to(OutputStream out) throws IOException {
        // exactly FileOutputStream: a subclass may count or transform what it is given
        if (out.getClass() == FileOutputStream.class) {
            return new ChannelSink(((FileOutputStream) out).getChannel());
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

    /** Writes the pages gathered in the chunk, and empties it. */
    final void flush() throws IOException {
        if (chunk.position() > 0) {
            chunk.flip();
            pagesFlushed += chunk.remaining() / GuestMemory.PAGE_SIZE;
            write(chunk);
            chunk.clear();
        }
    }

    /** Whether {@link #copyInKernel} is available. */
    boolean copiesInKernel() {
        return false;
    }

    /** Appends {@code pages} pages of {@code data} from page {@code first}, after the chunk's pages. */
    void copyInKernel(FileChannel data, int first, int pages) throws IOException {
        throw new UnsupportedOperationException("a stream takes pages through the chunk only");
    }

    abstract void write(ByteBuffer pages) throws IOException;

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
        void write(ByteBuffer pages) throws IOException {
            out.write(pages.array(), pages.arrayOffset() + pages.position(), pages.remaining());
        }
    }

    private static final class ChannelSink extends PageSink {
        /**
         * A direct chunk per thread: read into and written from without the copy through a
         * temporary direct buffer a heap buffer costs, allocated once as the JDK does its own.
         */
        private static final ThreadLocal<ByteBuffer> DIRECT_CHUNKS =
                ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(CHUNK_BYTES));

        private final FileChannel out;

        ChannelSink(FileChannel out) throws IOException {
            // a save image's header may come first: align to the file, not to the stream
            super(DIRECT_CHUNKS.get(), out.position() / GuestMemory.PAGE_SIZE);
            this.out = out; // the stream's own channel: closed with the stream, by its owner
        }

        @Override
        boolean copiesInKernel() {
            return true;
        }

        @Override
        void copyInKernel(FileChannel data, int first, int pages) throws IOException {
            flush();
            long at = (long) first * GuestMemory.PAGE_SIZE;
            long end = at + (long) pages * GuestMemory.PAGE_SIZE;
            while (at < end) {
                long moved = data.transferTo(at, end - at, out);
                if (moved <= 0) {
                    throw new IOException("the data file ends at byte " + at + ", before the memory does");
                }
                at += moved;
            }
            countCopied(pages);
        }

        @Override
        void write(ByteBuffer pages) throws IOException {
            while (pages.hasRemaining()) {
                out.write(pages);
            }
        }
    }
}
