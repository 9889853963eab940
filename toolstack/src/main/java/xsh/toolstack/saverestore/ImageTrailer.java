package xsh.toolstack.saverestore;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * What xsh adds after libxl's END record, where xl and libxl never read (libxl stops at END):
 * checksums of the image, so a restore can refuse a corrupt image before it builds anything,
 * and the xl.cfg text the domain was built from, from which xsh builds it again (libxl's JSON
 * in the header stays what xl reads).
 *
 * <p>Little-endian: magic {@code "XshSums\n"}, version (u32, 1), the config's name (u32
 * length, bytes), the config's text (u32 length, bytes), then CRC-32C (u32 each) of the
 * header and optional data (bytes 0 up to libxl's stream), of libxl's stream (up to this
 * trailer), and of the trailer before this last field. The file ends there.
 *
 * @param headerCrc CRC-32C of the save image header and its optional data
 * @param streamCrc CRC-32C of the libxl stream, memory included
 */
public record ImageTrailer(String sourceName, byte[] source, int headerCrc, int streamCrc) {

    static final byte[] MAGIC = "XshSums\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;

    /** The trailer's bytes, its own checksum last. */
    byte[] encode() {
        byte[] name = sourceName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 + 4 + name.length + 4 + source.length + 12)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt(name.length).put(name).putInt(source.length).put(source)
                .putInt(headerCrc).putInt(streamCrc);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return b.array();
    }
}
