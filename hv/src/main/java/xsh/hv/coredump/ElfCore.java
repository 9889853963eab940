package xsh.hv.coredump;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import xsh.hv.GuestMemory;

/**
 * The layout of a core file: an ELF64 little-endian {@code ET_CORE} header for x86-64, two
 * program headers, the notes, then the guest's memory as one {@code PT_LOAD} segment whose
 * file offset is page aligned, guest physical address 0 at its start, page after page.
 *
 * <p>The notes are those of Xen's own dump format where it has one: a {@code "Xen"}
 * DUMPCORE_HEADER (magic, vcpus, pages, page size) and a DUMPCORE_FORMAT_VERSION; then an
 * {@code "xsh"} note with the domain's name, domid, uuid and type, one {@code key=value}
 * per line.
 */
public final class ElfCore {

    static final int EHDR_SIZE = 64;
    static final int PHDR_SIZE = 56;
    static final int PHDR_COUNT = 2;

    static final int ET_CORE = 4;
    static final int EM_X86_64 = 62;
    static final int PT_LOAD = 1;
    static final int PT_NOTE = 4;
    static final int PF_RWX = 7;

    /** Xen's public/elfnote.h. */
    static final int XEN_ELFNOTE_DUMPCORE_HEADER = 0x2000001;
    static final int XEN_ELFNOTE_DUMPCORE_FORMAT_VERSION = 0x2000003;
    /** libxc's xc_core.h: a PV guest's and an HVM guest's magic. */
    static final long XC_CORE_MAGIC = 0xF00FEBEDL;
    static final long XC_CORE_MAGIC_HVM = 0xF00FEBEEL;
    static final long FORMAT_VERSION = 1;
    /** "xsh" and 1: not a number readers know for core notes of other owners (1 is NT_PRSTATUS). */
    static final int XSH_NOTE_IDENTITY = 0x78736801;

    private ElfCore() {
    }

    /** Writes the whole core: headers and notes, padding, then every page of {@code memory}. */
    public static void write(OutputStream out, CoreIdentity who, GuestMemory memory) throws IOException {
        byte[] notes = notes(who, memory);
        long notesOffset = EHDR_SIZE + (long) PHDR_SIZE * PHDR_COUNT;
        long pagesOffset = alignUp(notesOffset + notes.length, GuestMemory.PAGE_SIZE);
        ByteBuffer head = le(ByteBuffer.allocate((int) pagesOffset));
        header(head);
        programHeader(head, PT_NOTE, 0, notesOffset, notes.length, 0, 4);
        programHeader(head, PT_LOAD, PF_RWX, pagesOffset, memory.sizeBytes(), memory.sizeBytes(), GuestMemory.PAGE_SIZE);
        head.put(notes);
        out.write(head.array());
        CountingStream pages = new CountingStream(out);
        memory.writeTo(pages);
        if (pages.count != memory.sizeBytes()) {
            throw new IOException("the guest's memory gave " + pages.count + " bytes, not " + memory.sizeBytes());
        }
    }

    private static void header(ByteBuffer b) {
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2 /* 64-bit */, 1 /* little-endian */, 1 /* EV_CURRENT */, 0});
        b.put(new byte[8]);
        b.putShort((short) ET_CORE).putShort((short) EM_X86_64).putInt(1);
        b.putLong(0); // entry
        b.putLong(EHDR_SIZE); // program headers follow the header
        b.putLong(0); // no section headers
        b.putInt(0); // flags
        b.putShort((short) EHDR_SIZE).putShort((short) PHDR_SIZE).putShort((short) PHDR_COUNT);
        b.putShort((short) 0).putShort((short) 0).putShort((short) 0);
    }

    private static void programHeader(ByteBuffer b, int type, int flags, long offset, long fileSize, long memSize,
                                      long align) {
        b.putInt(type).putInt(flags).putLong(offset).putLong(0).putLong(0)
                .putLong(fileSize).putLong(memSize).putLong(align);
    }

    static byte[] notes(CoreIdentity who, GuestMemory memory) {
        ByteBuffer header = le(ByteBuffer.allocate(32));
        header.putLong(who.type() == xsh.cfg.domain.DomainType.PV ? XC_CORE_MAGIC : XC_CORE_MAGIC_HVM)
                .putLong(who.vcpus()).putLong(memory.pages()).putLong(GuestMemory.PAGE_SIZE);
        ByteBuffer version = le(ByteBuffer.allocate(8)).putLong(FORMAT_VERSION);
        String identity = "name=" + who.name() + "\ndomid=" + Integer.toUnsignedString(who.domid())
                + "\nuuid=" + who.uuid() + "\ntype=" + who.type().xlName() + "\n";
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        note(all, "Xen", XEN_ELFNOTE_DUMPCORE_HEADER, header.array());
        note(all, "Xen", XEN_ELFNOTE_DUMPCORE_FORMAT_VERSION, version.array());
        note(all, "xsh", XSH_NOTE_IDENTITY, identity.getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    private static void note(java.io.ByteArrayOutputStream out, String name, int type, byte[] desc) {
        byte[] nameBytes = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = le(ByteBuffer.allocate(12 + (int) alignUp(nameBytes.length, 4) + (int) alignUp(desc.length, 4)));
        b.putInt(nameBytes.length).putInt(desc.length).putInt(type);
        b.put(nameBytes).position(12 + (int) alignUp(nameBytes.length, 4));
        b.put(desc);
        out.writeBytes(b.array());
    }

    private static ByteBuffer le(ByteBuffer b) {
        return b.order(ByteOrder.LITTLE_ENDIAN);
    }

    static long alignUp(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    /** Counts what passes, so a short memory image is noticed. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
