package xsh.toolstack.migrate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;
import xsh.hv.GuestMemory;
import xsh.toolstack.saverestore.LibxcStream;
import xsh.toolstack.saverestore.LibxlStream;
import xsh.toolstack.saverestore.SaveImageHeader;

/**
 * The sender's side of the stream, in xl's order: the save header and its config, libxl's
 * header and LIBXC_CONTEXT, libxc's headers, then records (xsh's optional ones, and pages
 * round after round), libxc's END, the device model's state, libxl's END, and the sender's
 * handshake messages. Counts every byte it sends.
 */
final class MigrationStreamWriter implements RecordOutput {

    /** What the sender reports as it writes the pages of a round. */
    @FunctionalInterface
    interface PageProgress {
        void sent(long roundBytesDone);
    }

    private static final int BUFFER_BYTES = 1 << 20;

    private final OutputStream link;
    private final BufferedOutputStream out;
    private long bytes;

    MigrationStreamWriter(OutputStream link) {
        this.link = link;
        this.out = new BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                link.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                link.write(b, off, len);
            }
        }, BUFFER_BYTES);
    }

    /** Everything written so far, sent or still in the buffer. */
    long bytes() {
        return bytes;
    }

    /** The save header with libxl's JSON config, NUL included, as xl's save_domain_core_writeconfig writes it. */
    SaveImageHeader saveHeader(byte[] configWithNul) throws IOException {
        SaveImageHeader header = SaveImageHeader.forJsonConfig(configWithNul.length);
        write(ByteBuffer.allocate(SaveImageHeader.LENGTH + 4 + configWithNul.length).order(ByteOrder.LITTLE_ENDIAN)
                .put(header.encode()).putInt(configWithNul.length).put(configWithNul).flip());
        return header;
    }

    /** libxl's header, LIBXC_CONTEXT (the libxc stream follows it, to its END), libxc's image and domain headers. */
    void streamHeaders(int libxcDomainType) throws IOException {
        write(LibxlStream.header());
        write(LibxlStream.recordHeader(LibxlStream.REC_LIBXC_CONTEXT, 0));
        write(LibxcStream.imageHeader());
        write(LibxcStream.domainHeader(libxcDomainType));
    }

    /** One of xsh's records, as libxc's optional record type (bit 31 set). */
    @Override
    public void write(int type, byte[] body, int offset, int length) throws IOException {
        if (length > MAX_BODY) {
            throw new IllegalArgumentException("a record's body is at most " + MAX_BODY + " bytes, not " + length);
        }
        write(LibxlStream.recordHeader(type | XshRecordTypes.OPTIONAL, length));
        writeBytes(body, offset, length);
        writeBytes(new byte[LibxlStream.padded(length) - length], 0, LibxlStream.padded(length) - length);
    }

    /**
     * The pages as PAGE_DATA records of up to {@link LibxcStream#BATCH_PAGES} pages, their
     * contents as {@code memory} holds them; the host writes them all in one pass, and a
     * record's head goes in before each batch's first page.
     *
     * @return the bytes the records took
     */
    long pages(GuestMemory memory, BitSet pages, PageProgress progress) throws IOException {
        if (pages.isEmpty()) {
            return 0;
        }
        long before = bytes;
        PageDataFraming framing = new PageDataFraming(pages, progress, before);
        memory.writePagesTo(pages, framing);
        framing.finish();
        return bytes - before;
    }

    /** libxc's END, the device model's state for an HVM guest, libxl's END; then it all goes out. */
    void streamEnd(int libxcDomainType) throws IOException {
        write(LibxcStream.end());
        if (libxcDomainType == LibxcStream.DOMAIN_X86_HVM) {
            write(LibxlStream.record(LibxlStream.REC_EMULATOR_CONTEXT, LibxlStream.emulatorContextBody()));
        }
        write(LibxlStream.recordHeader(LibxlStream.REC_END, 0));
        flush();
    }

    /** A handshake message, sent at once. */
    void message(byte[] message) throws IOException {
        writeBytes(message, 0, message.length);
        flush();
    }

    void flush() throws IOException {
        out.flush();
        link.flush();
    }

    private void write(ByteBuffer buffer) throws IOException {
        writeBytes(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
    }

    private void writeBytes(byte[] b, int off, int len) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted");
        }
        out.write(b, off, len);
        bytes += len;
    }

    /**
     * Puts a PAGE_DATA record's head before each batch of pages the host writes, so one
     * pass over the memory makes the round's records.
     */
    private final class PageDataFraming extends OutputStream {
        private final BitSet pages;
        private final PageProgress progress;
        private final long roundStart;
        private int nextPage;
        /** Bytes of the current batch's pages still to come. */
        private long batchLeft;

        PageDataFraming(BitSet pages, PageProgress progress, long roundStart) {
            this.pages = pages;
            this.progress = progress;
            this.roundStart = roundStart;
            this.nextPage = pages.nextSetBit(0);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (batchLeft == 0) {
                    startBatch();
                }
                int n = (int) Math.min(len, batchLeft);
                writeBytes(b, off, n);
                batchLeft -= n;
                off += n;
                len -= n;
                if (batchLeft == 0) {
                    progress.sent(bytes - roundStart);
                }
            }
        }

        private void startBatch() throws IOException {
            if (nextPage < 0) {
                throw new IOException("the host wrote more pages than the round has");
            }
            BitSet batch = new BitSet();
            int page = nextPage;
            for (int count = 0; count < LibxcStream.BATCH_PAGES && page >= 0; count++) {
                batch.set(page);
                page = pages.nextSetBit(page + 1);
            }
            nextPage = page;
            MigrationStreamWriter.this.write(LibxcStream.pageDataHead(batch));
            batchLeft = (long) batch.cardinality() * GuestMemory.PAGE_SIZE;
        }

        void finish() throws IOException {
            if (batchLeft != 0 || nextPage >= 0) {
                throw new IOException("the host wrote fewer pages than the round has");
            }
        }
    }
}
