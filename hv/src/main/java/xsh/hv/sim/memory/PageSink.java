package xsh.hv.sim.memory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    private ByteBuffer chunk;
    private long pagesFlushed;

    private PageSink(ByteBuffer chunk, long pagesBefore) {
        this.chunk = chunk.clear();
        this.pagesFlushed = pagesBefore;
    }

    static PageSink to(OutputStream out) {
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

    /**
     * A file's channel. Chunks are written behind: a writer thread writes one while the
     * caller fills the other, so reading and generating pages overlap with writing them.
     * Long runs of the data file go file to file in the kernel (sendfile).
     */
    private static final class ChannelSink extends PageSink {
        /** Two direct chunks per thread, allocated once, as the JDK does its own temporary buffers. */
        private static final ThreadLocal<ByteBuffer[]> DIRECT_CHUNKS = ThreadLocal.withInitial(() ->
                new ByteBuffer[] {ByteBuffer.allocateDirect(CHUNK_BYTES), ByteBuffer.allocateDirect(CHUNK_BYTES)});
        private static final ExecutorService WRITERS = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "xsh-guest-memory-writer");
            thread.setDaemon(true);
            return thread;
        });

        private final FileChannel out;
        private final ByteBuffer[] chunks;
        private Future<?> writing;

        ChannelSink(FileChannel out) {
            this(out, DIRECT_CHUNKS.get());
        }

        private ChannelSink(FileChannel out, ByteBuffer[] chunks) {
            // a save image's header may come first: align to the file, not to the stream
            super(chunks[0], positionInPages(out));
            this.out = out; // the stream's own channel: closed with the stream, by its owner
            this.chunks = chunks;
        }

        /** A pipe has no position: its writes cannot be aligned, and need not be. */
        private static long positionInPages(FileChannel out) {
            try {
                return out.position() / GuestMemory.PAGE_SIZE;
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        boolean copiesInKernel() {
            return true;
        }

        @Override
        void copyInKernel(FileChannel data, int first, int pages) throws IOException {
            flush();
            awaitWriting();
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
        ByteBuffer write(ByteBuffer pages) throws IOException {
            awaitWriting(); // the other chunk's write: it is filled next
            writing = WRITERS.submit(() -> {
                while (pages.hasRemaining()) {
                    out.write(pages);
                }
                return null;
            });
            return pages == chunks[0] ? chunks[1] : chunks[0];
        }

        @Override
        void finish() throws IOException {
            flush();
            awaitWriting();
        }

        @Override
        void abandon() {
            try {
                awaitWriting();
            } catch (IOException | RuntimeException e) {
                // the failure that made us abandon the stream is the one to report
            }
        }

        private void awaitWriting() throws IOException {
            if (writing == null) {
                return;
            }
            Future<?> pending = writing;
            writing = null;
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        pending.get();
                        return;
                    } catch (InterruptedException e) {
                        interrupted = true; // the write is under way on the channel: let it end
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException("writing guest memory failed: " + e.getCause(), e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
