package xsh.hv.sim.memory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Where streamed pages go: gathered in {@link #chunk()}, written a chunk at a time. A plain
 * {@link FileOutputStream} (a save image on disk) also takes long runs of the data file
 * inside the kernel, file to file, as a copy would.
 */
abstract class PageSink {

    static final int CHUNK_BYTES = 1 << 20;

    private final ByteBuffer chunk;

    private PageSink(ByteBuffer chunk) {
        this.chunk = chunk.clear();
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

    /** Writes the pages gathered in the chunk, and empties it. */
    final void flush() throws IOException {
        if (chunk.position() > 0) {
            chunk.flip();
            write(chunk);
            chunk.clear();
        }
    }

    /** Whether {@link #copyInKernel} is available. */
    boolean copiesInKernel() {
        return false;
    }

    /** Appends {@code length} bytes of {@code data} from {@code position}, after the chunk's pages. */
    void copyInKernel(FileChannel data, long position, long length) throws IOException {
        throw new UnsupportedOperationException("a stream takes pages through the chunk only");
    }

    abstract void write(ByteBuffer pages) throws IOException;

    private static final class StreamSink extends PageSink {
        private final OutputStream out;

        StreamSink(OutputStream out) {
            super(ByteBuffer.allocate(CHUNK_BYTES)); // a stream takes arrays
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

        ChannelSink(FileChannel out) {
            super(DIRECT_CHUNKS.get());
            this.out = out; // the stream's own channel: closed with the stream, by its owner
        }

        @Override
        boolean copiesInKernel() {
            return true;
        }

        @Override
        void copyInKernel(FileChannel data, long position, long length) throws IOException {
            flush();
            long at = position;
            long end = position + length;
            while (at < end) {
                long moved = data.transferTo(at, end - at, out);
                if (moved <= 0) {
                    throw new IOException("the data file ends at byte " + at + ", before the memory does");
                }
                at += moved;
            }
        }

        @Override
        void write(ByteBuffer pages) throws IOException {
            while (pages.hasRemaining()) {
                out.write(pages);
            }
        }
    }
}
