package xsh.toolstack.saverestore;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;
import xsh.cfg.domain.DomainType;
import xsh.hv.GuestMemory;

/**
 * libxc's domain image format, version 3 ({@code docs/specs/libxc-migration-stream.pandoc}),
 * as it follows libxl's LIBXC_CONTEXT record: an image header (big-endian), a domain header,
 * then records like libxl's. xsh writes the guest's memory as PAGE_DATA records of
 * consecutive pages, in order, and END. What a real guest needs besides its pages (vcpu
 * contexts, P2M frames, HVM parameters) the simulated guest does not have, so a real Xen
 * could not run an image of xsh; the layout is libxc's so that tools reading xl images can
 * read xsh's.
 *
 * <p>A PAGE_DATA record holds up to {@link #BATCH_PAGES} pages, more than libxc's 1024, so
 * that a save hands the host large runs of pages at once (which it may copy in the kernel).
 * A reader skips optional records (type bit 31 set) it does not know, as libxc does.
 */
public final class LibxcStream {

    public static final long MARKER = 0xFFFFFFFFFFFFFFFFL;
    public static final int ID = 0x58454E46; // "XENF"
    public static final int VERSION = 3;
    public static final int IMAGE_HEADER_LENGTH = 24;
    public static final int DOMAIN_HEADER_LENGTH = 16;

    public static final int DOMAIN_X86_PV = 1;
    public static final int DOMAIN_X86_HVM = 2;
    public static final int PAGE_SHIFT = 12;
    static final int XEN_MAJOR = 4;
    static final int XEN_MINOR = 17;

    public static final int REC_END = 0;
    public static final int REC_PAGE_DATA = 1;
    /** Bit 31: optional; a reader skips an optional record it does not know. */
    public static final int OPTIONAL = 0x80000000;

    public static final int BATCH_PAGES = 8192;
    /** PAGE_DATA's body before its pfns: count, reserved. */
    public static final int PAGE_DATA_PREFIX = 8;
    /** Bits 63-60 of a pfn entry: its page type; 0 is a normal page (XEN_DOMCTL_PFINFO_NOTAB). */
    public static final long PFN_TYPE_MASK = 0xF000000000000000L;

    private LibxcStream() {
    }

    public static ByteBuffer imageHeader() {
        return ByteBuffer.allocate(IMAGE_HEADER_LENGTH).order(ByteOrder.BIG_ENDIAN)
                .putLong(MARKER).putInt(ID).putInt(VERSION).putShort((short) 0)
                .position(IMAGE_HEADER_LENGTH).flip();
    }

    /** libxc knows x86 PV and HVM guests; a PVH guest is an HVM container. */
    public static int domainTypeOf(DomainType type) {
        return type == DomainType.PV ? DOMAIN_X86_PV : DOMAIN_X86_HVM;
    }

    public static ByteBuffer domainHeader(int domainType) {
        return ByteBuffer.allocate(DOMAIN_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(domainType).putShort((short) PAGE_SHIFT).putShort((short) 0)
                .putInt(XEN_MAJOR).putInt(XEN_MINOR).flip();
    }

    public static long pageDataBodyLength(int count) {
        return PAGE_DATA_PREFIX + 8L * count + (long) count * GuestMemory.PAGE_SIZE;
    }

    /** PAGE_DATA's record header, count and pfns, for {@code count} pages from {@code firstPfn}. */
    static ByteBuffer pageDataHead(long firstPfn, int count) {
        ByteBuffer b = pageDataPrefix(count);
        for (int i = 0; i < count; i++) {
            b.putLong(firstPfn + i);
        }
        return b.flip();
    }

    /**
     * PAGE_DATA's record header, count and pfns for the pages of {@code pages}, in order (a
     * live migration's round sends the pages dirtied meanwhile, wherever they are).
     */
    public static ByteBuffer pageDataHead(BitSet pages) {
        int count = pages.cardinality();
        if (count > BATCH_PAGES) {
            throw new IllegalArgumentException("a PAGE_DATA record holds at most " + BATCH_PAGES + " pages, not " + count);
        }
        ByteBuffer b = pageDataPrefix(count);
        pages.stream().forEach(pfn -> b.putLong(pfn));
        return b.flip();
    }

    private static ByteBuffer pageDataPrefix(int count) {
        return ByteBuffer.allocate(LibxlStream.RECORD_HEADER_LENGTH + PAGE_DATA_PREFIX + 8 * count)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(REC_PAGE_DATA).putInt((int) pageDataBodyLength(count)).putInt(count).putInt(0);
    }

    public static ByteBuffer end() {
        return LibxlStream.recordHeader(REC_END, 0);
    }
}
