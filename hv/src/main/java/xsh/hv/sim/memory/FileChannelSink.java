package xsh.hv.sim.memory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import xsh.hv.GuestMemory;

/**
 * Pages to a file (a save image on disk), through its channel. The writes happen behind,
 * in order, on a writer thread of the stream's own: it writes one chunk, or copies a long
 * run of the data file in the kernel (sendfile, as a copy would), while the caller reads
 * and generates the next chunk.
 */
final class FileChannelSink extends PageSink {

    /** Two direct chunks per thread, allocated once, as the JDK does its own temporary buffers. */
    private static final ThreadLocal<ByteBuffer[]> DIRECT_CHUNKS = ThreadLocal.withInitial(() ->
            new ByteBuffer[] {ByteBuffer.allocateDirect(CHUNK_BYTES), ByteBuffer.allocateDirect(CHUNK_BYTES)});

    private final FileChannel out;
    private final ByteBuffer[] chunks;
    private final Future<?>[] chunkWrites = new Future<?>[2];
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "xsh-guest-memory-writer");
        thread.setDaemon(true);
        return thread;
    });
    /** The first failure of a write; the writes after it are skipped. */
    private volatile IOException failure;

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
        long from = (long) first * GuestMemory.PAGE_SIZE;
        long to = from + (long) pages * GuestMemory.PAGE_SIZE;
        behind(() -> {
            for (long at = from; at < to; ) {
                long moved = data.transferTo(at, to - at, out);
                if (moved <= 0) {
                    throw new IOException("the data file ends at byte " + at + ", before the memory does");
                }
                at += moved;
            }
        });
        countCopied(pages);
    }

    @Override
    ByteBuffer write(ByteBuffer pages) throws IOException {
        int index = pages == chunks[0] ? 0 : 1;
        chunkWrites[index] = behind(() -> {
            while (pages.hasRemaining()) {
                out.write(pages);
            }
        });
        int next = 1 - index;
        awaitQuietly(chunkWrites[next]); // the chunk to fill next may still be being written
        chunkWrites[next] = null;
        throwIfFailed();
        return chunks[next];
    }

    @Override
    void finish() throws IOException {
        flush();
        abandon();
        throwIfFailed();
    }

    @Override
    void abandon() {
        writer.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (writer.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // writes are under way on the caller's stream: let them end
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private Future<?> behind(Write write) throws IOException {
        throwIfFailed();
        return writer.submit(() -> {
            if (failure == null) {
                try {
                    write.run();
                } catch (IOException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    failure = new IOException("writing guest memory failed: " + e, e);
                }
            }
        });
    }

    private void throwIfFailed() throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    private static void awaitQuietly(Future<?> write) {
        if (write == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                write.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // the task records its own failure
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
