package xsh.hv.sim.memory;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import xsh.hv.GuestMemory;

/**
 * Writes a whole memory image read from a stream into a new data file, leaving zero pages
 * as holes: a restored guest takes the disk space its image needs, not its size.
 */
final class SparseImageWriter {

    private static final byte[] ZERO_PAGE = new byte[GuestMemory.PAGE_SIZE];

    private SparseImageWriter() {
    }

    /**
     * Reads exactly {@code sizeBytes} from {@code in} into {@code file}, created or
     * truncated, and syncs it; a stream that ends early is an {@link EOFException}.
     */
    static void write(InputStream in, Path file, long sizeBytes) throws IOException {
        byte[] chunk = new byte[PageSink.CHUNK_BYTES];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(0);
            raf.setLength(sizeBytes);
            FileChannel channel = raf.getChannel();
            for (long offset = 0; offset < sizeBytes; offset += chunk.length) {
                int length = (int) Math.min(chunk.length, sizeBytes - offset);
                int read = in.readNBytes(chunk, 0, length);
                if (read < length) {
                    throw new EOFException("memory image ended after " + (offset + read) + " of " + sizeBytes + " bytes");
                }
                writeNonZeroRuns(channel, chunk, length, offset);
            }
            channel.force(true);
        }
    }

    private static void writeNonZeroRuns(FileChannel channel, byte[] chunk, int length, long offset)
            throws IOException {
        int runStart = -1;
        for (int at = 0; at <= length; at += GuestMemory.PAGE_SIZE) {
            boolean zero = at == length || isZeroPage(chunk, at);
            if (!zero && runStart < 0) {
                runStart = at;
            } else if (zero && runStart >= 0) {
                ByteBuffer run = ByteBuffer.wrap(chunk, runStart, at - runStart);
                long position = offset + runStart;
                while (run.hasRemaining()) {
                    position += channel.write(run, position);
                }
                runStart = -1;
            }
        }
    }

    private static boolean isZeroPage(byte[] chunk, int at) {
        return Arrays.mismatch(chunk, at, at + GuestMemory.PAGE_SIZE, ZERO_PAGE, 0, GuestMemory.PAGE_SIZE) < 0;
    }
}
