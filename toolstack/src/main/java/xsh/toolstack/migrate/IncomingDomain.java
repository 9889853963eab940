package xsh.toolstack.migrate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import xsh.cfg.source.ConfigSource;

/**
 * The body of xsh's {@link XshRecordTypes#DOMAIN} record: what the receiver builds the domain
 * from as soon as it arrives, before the first page: the memory's size and the xl.cfg text
 * (libxl's JSON in the save header is what xl reads; xsh builds from the text, as a restore
 * builds from the image's trailer). Little-endian: {@code u64} memory bytes, then the
 * config's name and text, each a {@code u32} length and UTF-8 bytes.
 */
record IncomingDomain(long memoryBytes, ConfigSource config) {

    byte[] encode() {
        byte[] name = config.name().getBytes(StandardCharsets.UTF_8);
        byte[] text = config.bytes();
        return ByteBuffer.allocate(8 + 4 + name.length + 4 + text.length).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(memoryBytes).putInt(name.length).put(name).putInt(text.length).put(text).array();
    }

    static IncomingDomain decode(byte[] body) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
            long memoryBytes = b.getLong();
            byte[] name = new byte[b.getInt()];
            b.get(name);
            byte[] text = new byte[b.getInt()];
            b.get(text);
            if (b.hasRemaining()) {
                throw new IOException("the domain record has " + b.remaining() + " bytes too many");
            }
            return new IncomingDomain(memoryBytes, ConfigSource.of(new String(name, StandardCharsets.UTF_8), text));
        } catch (RuntimeException e) {
            throw new IOException("the domain record is malformed", e);
        }
    }
}
