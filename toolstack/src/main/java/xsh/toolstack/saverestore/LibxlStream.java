package xsh.toolstack.saverestore;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * libxl's domain image format, version 2 ({@code docs/specs/libxl-migration-stream.pandoc}),
 * which follows the save image's header: a 16-byte header ({@code "LibxlFmt"}, version,
 * options; big-endian whatever the stream's byte order), then records of a type, a body
 * length, the body, and zeros padding the record to 8 bytes, in the stream's (little-endian)
 * byte order. An image of xsh holds a LIBXC_CONTEXT record (the libxc stream with the memory
 * follows it, see {@link LibxcStream}), for an HVM guest an EMULATOR_CONTEXT record (its
 * device model's state), and END.
 */
public final class LibxlStream {

    public static final long IDENT = 0x4c6962786c466d74L; // "LibxlFmt"
    public static final int VERSION = 2;
    public static final int HEADER_LENGTH = 16;
    /** Option bit 0: the records are big-endian. Clear: little-endian, as on x86 and arm. */
    public static final int OPTION_BIG_ENDIAN = 1;

    public static final int REC_END = 0;
    public static final int REC_LIBXC_CONTEXT = 1;
    public static final int REC_EMULATOR_XENSTORE_DATA = 2;
    public static final int REC_EMULATOR_CONTEXT = 3;
    public static final int RECORD_HEADER_LENGTH = 8;
    static final int ALIGN = 8;

    /** EMULATOR_CONTEXT's emulator_id for QEMU upstream, the device model of xsh's HVM guests. */
    static final int EMULATOR_QEMU_UPSTREAM = 2;
    /**
     * The device model state xsh keeps for an HVM guest: an empty QEMU migration stream
     * (QEMU_VM_FILE_MAGIC "QEVM", QEMU_VM_FILE_VERSION 3, QEMU_VM_EOF), since the simulated
     * guest has no emulated device state of its own.
     */
    static final byte[] QEMU_EMPTY_STATE = {'Q', 'E', 'V', 'M', 0, 0, 0, 3, 0};

    private LibxlStream() {
    }

    public static ByteBuffer header() {
        return ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.BIG_ENDIAN)
                .putLong(IDENT).putInt(VERSION).putInt(0).flip();
    }

    public static ByteBuffer recordHeader(int type, int bodyLength) {
        return ByteBuffer.allocate(RECORD_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(type).putInt(bodyLength).flip();
    }

    /** A whole record: header, body, padding. */
    public static ByteBuffer record(int type, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(RECORD_HEADER_LENGTH + padded(body.length)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type).putInt(body.length).put(body);
        return b.position(b.capacity()).flip();
    }

    /** The device model's state for an HVM guest, in the record's emulator sub-header. */
    public static byte[] emulatorContextBody() {
        return ByteBuffer.allocate(8 + QEMU_EMPTY_STATE.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(EMULATOR_QEMU_UPSTREAM).putInt(0).put(QEMU_EMPTY_STATE).array();
    }

    public static long padded(long length) {
        return (length + ALIGN - 1) / ALIGN * ALIGN;
    }

    public static int padded(int length) {
        return (int) padded((long) length);
    }
}
