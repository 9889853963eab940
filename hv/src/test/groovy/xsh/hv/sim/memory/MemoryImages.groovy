package xsh.hv.sim.memory

import xsh.hv.GuestMemory

/** Whole images and page-by-page comparisons, for the specs. */
class MemoryImages {

    static final int PAGE = GuestMemory.PAGE_SIZE
    static final long MIB = 1L << 20
    static final long SECOND = 1_000_000_000L

    static byte[] image(GuestMemory memory) {
        def out = new ByteArrayOutputStream((int) memory.sizeBytes())
        memory.writeTo(out)
        out.toByteArray()
    }

    static byte[] imageAt(SimGuestMemory memory, long runningNanos) {
        memory.advanceTo(runningNanos)
        image(memory)
    }

    static BitSet differingPages(byte[] a, byte[] b) {
        assert a.length == b.length
        def differing = new BitSet()
        for (int page = 0; page < a.length / PAGE; page++) {
            int from = page * PAGE
            if (Arrays.mismatch(a, from, from + PAGE, b, from, from + PAGE) >= 0) {
                differing.set(page)
            }
        }
        differing
    }

    static byte[] pages(byte[] image, BitSet pages) {
        def out = new ByteArrayOutputStream()
        pages.stream().forEach { out.write(image, it * PAGE, PAGE) }
        out.toByteArray()
    }
}
