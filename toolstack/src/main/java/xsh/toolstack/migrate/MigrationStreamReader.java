package xsh.toolstack.migrate;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import xsh.hv.GuestMemory;
import xsh.toolstack.saverestore.ImageErrors;
import xsh.toolstack.saverestore.LibxcStream;
import xsh.toolstack.saverestore.LibxlStream;
import xsh.toolstack.saverestore.SaveImageHeader;

/**
 * The receiver's side of the stream, read as it arrives: the save header and its config,
 * libxl's and libxc's headers, then records one by one. Whatever is wrong with the stream
 * is an {@link IOException} saying what (an {@link EOFException} when it ends early); the
 * save header's own faults are xl's errors.
 */
final class MigrationStreamReader {

    /** A record's type and body length, its body not yet read. */
    record RecordHead(int type, int length) {
        boolean optional() {
            return (type & XshRecordTypes.OPTIONAL) != 0;
        }

        int xshType() {
            return type & ~XshRecordTypes.OPTIONAL;
        }
    }

    /** The save header and libxl's JSON config, without its NUL. */
    record Preamble(SaveImageHeader header, String json) {
    }

    /** No record holds more than this, but the pages of a PAGE_DATA record. */
    private static final int MAX_RECORD = 16 << 20;

    private final DataInputStream in;

    MigrationStreamReader(InputStream in) {
        this.in = new DataInputStream(new BufferedInputStream(in, 1 << 20));
    }

    /** The stream the handshake continues on, after the records. */
    InputStream input() {
        return in;
    }

    Preamble preamble() throws IOException {
        byte[] bytes = exactly(SaveImageHeader.LENGTH, "the save header");
        if (!SaveImageHeader.hasMagic(bytes)) {
            throw ImageErrors.wrongMagic();
        }
        if (!SaveImageHeader.hasHostByteOrder(bytes)) {
            throw ImageErrors.wrongByteOrder();
        }
        SaveImageHeader header = SaveImageHeader.decode(bytes);
        if (header.unknownMandatoryFlags() != 0) {
            throw ImageErrors.unknownMandatoryFlags(header.unknownMandatoryFlags());
        }
        if ((header.mandatoryFlags() & SaveImageHeader.FLAG_STREAM_V2) == 0 || !header.configIsJson()) {
            throw new IOException("the stream is not a libxl stream v2 with a JSON config");
        }
        int optional = header.optionalDataLength();
        if (optional < 4 || optional > MAX_RECORD) {
            throw new IOException("the save header announces " + Integer.toUnsignedString(optional)
                    + " bytes of config");
        }
        byte[] data = exactly(optional, "the config");
        int length = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (length != optional - 4 || length < 1 || data[data.length - 1] != 0) {
            throw new IOException("the config's length does not match the save header");
        }
        return new Preamble(header, new String(data, 4, length - 1, StandardCharsets.UTF_8));
    }

    /** libxl's header and its LIBXC_CONTEXT record, libxc's headers: the guest's libxc domain type. */
    int streamHeaders() throws IOException {
        ByteBuffer libxl = buffer(LibxlStream.HEADER_LENGTH, "libxl's header", ByteOrder.BIG_ENDIAN);
        if (libxl.getLong() != LibxlStream.IDENT || libxl.getInt() != LibxlStream.VERSION
                || (libxl.getInt() & LibxlStream.OPTION_BIG_ENDIAN) != 0) {
            throw new IOException("no little-endian libxl stream v2 after the save header");
        }
        RecordHead context = libxlRecord();
        if (context.type() != LibxlStream.REC_LIBXC_CONTEXT) {
            throw new IOException("libxl record " + context.type() + " where LIBXC_CONTEXT belongs");
        }
        ByteBuffer image = buffer(LibxcStream.IMAGE_HEADER_LENGTH, "libxc's image header", ByteOrder.BIG_ENDIAN);
        if (image.getLong() != LibxcStream.MARKER || image.getInt() != LibxcStream.ID
                || image.getInt() != LibxcStream.VERSION || (image.getShort() & 1) != 0) {
            throw new IOException("no little-endian libxc stream v3 in LIBXC_CONTEXT");
        }
        ByteBuffer domain = buffer(LibxcStream.DOMAIN_HEADER_LENGTH, "libxc's domain header", ByteOrder.LITTLE_ENDIAN);
        int type = domain.getInt();
        int pageShift = domain.getShort();
        if (type != LibxcStream.DOMAIN_X86_PV && type != LibxcStream.DOMAIN_X86_HVM) {
            throw new IOException("libxc domain type " + type + " is not x86 PV or HVM");
        }
        if (pageShift != LibxcStream.PAGE_SHIFT) {
            throw new IOException("pages of 2^" + pageShift + " bytes, not 4096");
        }
        return type;
    }

    /** The next record's head (libxc's and libxl's records are laid out alike). */
    RecordHead libxlRecord() throws IOException {
        ByteBuffer head = buffer(LibxlStream.RECORD_HEADER_LENGTH, "a record's header", ByteOrder.LITTLE_ENDIAN);
        int type = head.getInt();
        int length = head.getInt();
        if (length < 0) {
            throw new IOException("record " + Integer.toHexString(type) + " of " + Integer.toUnsignedString(length)
                    + " bytes");
        }
        return new RecordHead(type, length);
    }

    /** A whole record's body, its padding read past. */
    byte[] body(RecordHead head) throws IOException {
        if (head.length() > MAX_RECORD) {
            throw new IOException("record " + Integer.toHexString(head.type()) + " of " + head.length()
                    + " bytes is too large");
        }
        byte[] body = exactly(head.length(), "a record");
        skipPadding(head.length());
        return body;
    }

    void skip(RecordHead head) throws IOException {
        in.skipNBytes(LibxlStream.padded((long) head.length())); // EOFException if the stream ends first
    }

    /**
     * A PAGE_DATA record's pfns, its pages then to be read by {@link #pagesInto}: pfns of
     * normal pages, in increasing order, within {@code pages}.
     */
    BitSet pageNumbers(RecordHead head, long memoryPages) throws IOException {
        if (head.length() < LibxcStream.PAGE_DATA_PREFIX) {
            throw new IOException("a PAGE_DATA record of " + head.length() + " bytes");
        }
        ByteBuffer prefix = buffer(LibxcStream.PAGE_DATA_PREFIX, "PAGE_DATA", ByteOrder.LITTLE_ENDIAN);
        int count = prefix.getInt();
        if (count < 1 || LibxcStream.pageDataBodyLength(count) != head.length()) {
            throw new IOException("a PAGE_DATA record of " + head.length() + " bytes for " + count + " pages");
        }
        ByteBuffer pfns = buffer(8 * count, "PAGE_DATA's pfns", ByteOrder.LITTLE_ENDIAN);
        BitSet pages = new BitSet();
        long previous = -1;
        for (int i = 0; i < count; i++) {
            long pfn = pfns.getLong();
            if ((pfn & LibxcStream.PFN_TYPE_MASK) != 0 || pfn <= previous || pfn >= memoryPages) {
                throw new IOException("PAGE_DATA has pfn 0x" + Long.toHexString(pfn)
                        + ": not a normal page of the domain's " + memoryPages + ", or out of order");
            }
            pages.set((int) pfn);
            previous = pfn;
        }
        return pages;
    }

    /** The record's pages into the memory, in place. */
    void pagesInto(GuestMemory memory, BitSet pages) throws IOException {
        memory.readPagesFrom(pages, in);
        skipPadding(LibxcStream.PAGE_DATA_PREFIX + 8 * pages.cardinality()
                + (long) pages.cardinality() * GuestMemory.PAGE_SIZE);
    }

    private void skipPadding(long length) throws IOException {
        in.skipNBytes(LibxlStream.padded(length) - length);
    }

    private ByteBuffer buffer(int length, String what, ByteOrder order) throws IOException {
        return ByteBuffer.wrap(exactly(length, what)).order(order);
    }

    private byte[] exactly(int length, String what) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the stream ended inside " + what);
        }
        return bytes;
    }
}
