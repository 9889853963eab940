package xsh.toolstack.saverestore;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.zip.CRC32C;
import xsh.hv.GuestMemory;
import xsh.toolstack.saverestore.ImageProgress.Step;

/**
 * Writes a save image to a file, region by region, in the order xl does: the header and the
 * config ({@link #writeHeader}, before the guest is suspended, so xl's {@code Saving to}
 * line can come first), the libxl stream with the memory ({@link #writeStream}), then xsh's
 * trailer ({@link #writeTrailer}). The memory goes from the host straight to the file (the
 * host may copy it in the kernel), so the stream's checksum is taken by reading the file
 * back, from the page cache; that also checks what the file holds.
 */
final class SaveImageWriter implements AutoCloseable {

    private final Path path;
    private final FileOutputStream out;
    private final FileChannel channel;
    private int headerCrc;
    private long streamStart;
    private long streamEnd;

    /** Writes to {@code path}, which exists (a new temporary file) and is truncated. */
    SaveImageWriter(Path path) throws IOException {
        this.path = path;
        this.out = new FileOutputStream(path.toFile());
        this.channel = out.getChannel();
    }

    /** The header and its optional data: the config's length and the config, NUL included. */
    SaveImageHeader writeHeader(byte[] configWithNul) throws IOException {
        SaveImageHeader header = SaveImageHeader.forJsonConfig(configWithNul.length);
        ByteBuffer bytes = ByteBuffer.allocate(SaveImageHeader.LENGTH + 4 + configWithNul.length)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(header.encode()).putInt(configWithNul.length).put(configWithNul).flip();
        CRC32C crc = new CRC32C();
        crc.update(bytes.duplicate());
        headerCrc = (int) crc.getValue();
        write(bytes);
        streamStart = channel.position();
        return header;
    }

    /** libxl's stream: LIBXC_CONTEXT and the libxc stream of every page, the device model's state, END. */
    void writeStream(GuestMemory memory, int libxcDomainType, ImageProgress progress) throws IOException {
        write(LibxlStream.header());
        write(LibxlStream.recordHeader(LibxlStream.REC_LIBXC_CONTEXT, 0));
        write(LibxcStream.imageHeader());
        write(LibxcStream.domainHeader(libxcDomainType));
        long pages = memory.pages();
        long total = pages * GuestMemory.PAGE_SIZE;
        progress.progress(Step.SAVING, 0, total);
        for (long first = 0; first < pages; first += LibxcStream.BATCH_PAGES) {
            int count = (int) Math.min(LibxcStream.BATCH_PAGES, pages - first);
            write(LibxcStream.pageDataHead(first, count));
            long before = channel.position();
            BitSet batch = new BitSet();
            batch.set((int) first, (int) first + count);
            memory.writePagesTo(batch, out);
            long written = channel.position() - before;
            if (written != (long) count * GuestMemory.PAGE_SIZE) {
                throw new IOException("the host wrote " + written + " bytes for " + count + " pages of memory");
            }
            progress.progress(Step.SAVING, (first + count) * GuestMemory.PAGE_SIZE, total);
        }
        write(LibxcStream.end());
        if (libxcDomainType == LibxcStream.DOMAIN_X86_HVM) {
            write(LibxlStream.record(LibxlStream.REC_EMULATOR_CONTEXT, LibxlStream.emulatorContextBody()));
        }
        write(LibxlStream.recordHeader(LibxlStream.REC_END, 0));
        streamEnd = channel.position();
    }

    /** xsh's trailer, with the checksums of what is written, then everything to the disk. */
    void writeTrailer(String sourceName, byte[] source, ImageProgress progress) throws IOException {
        int streamCrc = checksumOfStream(progress);
        write(ByteBuffer.wrap(new ImageTrailer(sourceName, source, headerCrc, streamCrc).encode()));
        channel.force(true);
    }

    private int checksumOfStream(ImageProgress progress) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        long total = streamEnd - streamStart;
        try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
            for (long at = streamStart; at < streamEnd; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), streamEnd - at));
                int n = in.read(buffer, at);
                if (n < 0) {
                    throw new IOException(path + " is shorter than what was written to it");
                }
                crc.update(buffer.flip());
                at += n;
                progress.progress(Step.CHECKSUMMING, at - streamStart, total);
            }
        }
        return (int) crc.getValue();
    }

    long size() throws IOException {
        return channel.position();
    }

    private void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
