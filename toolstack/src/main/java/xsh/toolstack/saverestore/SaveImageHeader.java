package xsh.toolstack.saverestore;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The 48 bytes an xl save image starts with ({@code struct save_file_header} in xl.h): the
 * magic, the byte-order mark and three numbers, all in the saving host's byte order, which
 * is little-endian on every host Xen runs on. The optional data that follows holds the
 * domain's configuration: a {@code u32} length, then libxl's JSON with its trailing NUL.
 *
 * @param mandatoryFlags   flags a restorer must understand ({@link #FLAG_JSON}, {@link #FLAG_STREAM_V2})
 * @param optionalFlags    always 0: xl defines none
 * @param optionalDataLength bytes of optional data after the header: 4 + the config's length
 */
public record SaveImageHeader(int mandatoryFlags, int optionalFlags, int optionalDataLength) {

    /** xl's savefileheader_magic: 32 bytes, the last four {@code " \0 \r"}, without a terminating NUL. */
    static final byte[] MAGIC = "Xen saved domain, xl format\n \0 \r".getBytes(StandardCharsets.ISO_8859_1);
    static final int BYTE_ORDER_MARK = 0x01020304;
    public static final int LENGTH = 48;

    /** The optional data holds the config as libxl JSON (not as xl.cfg text). */
    public static final int FLAG_JSON = 1;
    /** The domain's state follows as a libxl stream, version 2. */
    public static final int FLAG_STREAM_V2 = 2;
    /** The flags this xl (4.17) understands; any other mandatory flag refuses a restore. */
    public static final int KNOWN_MANDATORY_FLAGS = FLAG_JSON | FLAG_STREAM_V2;

    static {
        if (MAGIC.length != 32) {
            throw new AssertionError("xl's magic is 32 bytes");
        }
    }

    /** The header of an image carrying {@code configLength} bytes of JSON config (NUL included). */
    public static SaveImageHeader forJsonConfig(int configLength) {
        return new SaveImageHeader(FLAG_STREAM_V2 | (configLength > 0 ? FLAG_JSON : 0), 0, 4 + configLength);
    }

    /** The flags as xl's messages show them: {@code 0x3/0x0/1234}. */
    public String info() {
        return "0x" + Integer.toHexString(mandatoryFlags) + "/0x" + Integer.toHexString(optionalFlags) + "/"
                + Integer.toUnsignedString(optionalDataLength);
    }

    /** Mandatory flags this xl does not know, 0 when none. */
    public int unknownMandatoryFlags() {
        return mandatoryFlags & ~KNOWN_MANDATORY_FLAGS;
    }

    public boolean configIsJson() {
        return (mandatoryFlags & FLAG_JSON) != 0;
    }

    public byte[] encode() {
        return ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN)
                .put(MAGIC)
                .putInt(BYTE_ORDER_MARK)
                .putInt(mandatoryFlags)
                .putInt(optionalFlags)
                .putInt(optionalDataLength)
                .array();
    }

    /** Whether the first 32 bytes of {@code header} are xl's magic. */
    public static boolean hasMagic(byte[] header) {
        return Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Whether the byte-order mark reads as this (little-endian) host writes it. */
    public static boolean hasHostByteOrder(byte[] header) {
        return ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(32) == BYTE_ORDER_MARK;
    }

    /** The numbers of a header whose magic and byte order are right. */
    public static SaveImageHeader decode(byte[] header) {
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        return new SaveImageHeader(b.getInt(36), b.getInt(40), b.getInt(44));
    }
}
