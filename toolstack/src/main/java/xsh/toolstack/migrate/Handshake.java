package xsh.toolstack.migrate;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import xsh.hv.LogSite;

/**
 * xl's fixed migration messages (xl.h), byte for byte: the receiver's banner, sent without
 * its NUL, and the handshake's strings, each sent with its terminating NUL as xl sends
 * {@code sizeof} of the C string.
 */
final class Handshake {

    static final byte[] BANNER = "xl migration receiver ready, send binary domain data.\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] READY = withNul("domain received, ready to unpause");
    static final byte[] GO = withNul("domain is yours, you are cleared to unpause");
    static final byte[] REPORT = withNul("my copy unpause results are as follows");

    /** Which end reads: xl names the sender's input the receiver stream, the receiver's the migration stream. */
    static final String RECEIVER_STREAM = "migration receiver stream";
    static final String MIGRATION_STREAM = "migration stream";

    private static final LogSite READ_EXACTLY = LogSite.libxl("libxl_utils.c", 505, "libxl_read_exactly");

    private Handshake() {
    }

    private static byte[] withNul(String message) {
        byte[] text = message.getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(text, text.length + 1);
    }

    /** A message that was not the one expected, as xl's migrate_read_fixedmessage tells it. */
    static final class UnexpectedMessage extends IOException {
        UnexpectedMessage(String stream, String what) {
            super(stream + " contained unexpected data instead of " + what);
        }
    }

    /** The stream ended before the message did: libxl's line for it. */
    static final class Truncated extends EOFException {
        Truncated(String stream, String what) {
            super(READ_EXACTLY.prefix(OptionalInt.empty()) + "file/stream truncated reading " + what + " from " + stream);
        }
    }

    /**
     * Reads {@code expected.length} bytes and checks they are {@code expected}.
     *
     * @param what   what xl calls the message in its errors ({@code banner}, {@code ready message})
     * @param stream {@link #RECEIVER_STREAM} at the sender, {@link #MIGRATION_STREAM} at the receiver
     */
    static void expect(InputStream in, byte[] expected, String what, String stream) throws IOException {
        byte[] got = in.readNBytes(expected.length);
        if (got.length < expected.length) {
            throw new Truncated(stream, what);
        }
        if (!Arrays.equals(got, expected)) {
            throw new UnexpectedMessage(stream, what);
        }
    }

    /** One byte, the receiver's status after its copy was started: 0 when it runs. */
    static int readStatus(InputStream in, String stream) throws IOException {
        int status = in.read();
        if (status < 0) {
            throw new Truncated(stream, "success/failure status");
        }
        return (byte) status;
    }

    static void send(OutputStream out, byte[] message) throws IOException {
        out.write(message);
        out.flush();
    }
}
