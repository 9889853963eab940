package xsh.hv.sim.memory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import xsh.hv.GuestMemory;

/**
 * Pages to a file (a save image on disk), through its channel. Chunks are written behind:
 * a writer thread writes one while the caller fills the other, so reading and generating
 * pages overlap with writing them. Long runs of the data file go file to file in the
 * kernel (sendfile), as a copy would.
 */
final class FileChannelSink extends PageSink {
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

    FileChannelSink(FileChannel out) {
        this(out, DIRECT_CHUNKS.get());
    }

    private FileChannelSink(FileChannel out, ByteBuffer[] chunks) {
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
