package xsh.toolstack.saverestore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * An image read from its start to its end, once: every byte passes through a CRC-32C, which
 * the reader takes region by region ({@link #takeChecksum}). A read past the file's end is
 * xl's {@code Savefile truncated.}; lengths read from the file are checked against what is
 * left of it before anything is allocated for them.
 */
final class ImageInput {

    private static final int BUFFER_BYTES = 1 << 20;

    private final FileChannel channel;
    private final long size;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final ByteBuffer window = ByteBuffer.wrap(buffer).limit(0);
    private final CRC32C crc = new CRC32C();
    /** Where the next byte handed out is in the file. */
    private long position;
    /** Where the next read of the file starts: the end of what the window holds. */
    private long fetched;

    ImageInput(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    long position() {
        return position;
    }

    long size() {
        return size;
    }

    long remaining() {
        return size - position;
    }

    /** The CRC-32C of the bytes read since the last call (or the start). */
    int takeChecksum() {
        int value = (int) crc.getValue();
        crc.reset();
        return value;
    }

    byte[] read(long length) throws IOException {
        requireRemaining(length);
        byte[] into = new byte[(int) length];
        int done = 0;
        while (done < into.length) {
            fill();
            int n = Math.min(window.remaining(), into.length - done);
            window.get(into, done, n);
            done += n;
        }
        crc.update(into, 0, into.length);
        position += length;
        return into;
    }

    ByteBuffer read(int length, ByteOrder order) throws IOException {
        return ByteBuffer.wrap(read(length)).order(order);
    }

    int readIntLe() throws IOException {
        return read(4, ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** Reads past {@code length} bytes, checksumming them; {@code progress} hears of each buffer's worth. */
    void skip(long length, LongConsumer progress) throws IOException {
        requireRemaining(length);
        long left = length;
        while (left > 0) {
            fill();
            int n = (int) Math.min(window.remaining(), left);
            crc.update(buffer, window.position(), n);
            window.position(window.position() + n);
            left -= n;
            position += n;
            progress.accept(position);
        }
    }

    void skip(long length) throws IOException {
        skip(length, at -> { });
    }

    /** Whether {@code length} more bytes are there; {@code Savefile truncated.} if not. */
    void requireRemaining(long length) {
        if (length < 0 || length > remaining()) {
            throw ImageErrors.truncated();
        }
    }

    private void fill() throws IOException {
        if (window.hasRemaining()) {
            return;
        }
        window.clear();
        int n = channel.read(window, fetched);
        if (n <= 0) {
            throw ImageErrors.truncated(); // the file shrank while being read
        }
        fetched += n;
        window.flip();
    }

    /** Where {@link #skip} reports its progress: the position reached. */
    @FunctionalInterface
    interface LongConsumer {
        void accept(long position);
    }
}
