package xsh.hv.sim.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import xsh.hv.GuestMemory;

/**
 * The bytes of a page: a function of the seed, the page number and which write put them
 * there, so any page at any time is computed rather than stored. Each long is the mix of a
 * counter: no state carried from one long to the next, so the loop runs at memory speed.
 */
final class PageContent {

    static final int LONGS_PER_PAGE = GuestMemory.PAGE_SIZE / Long.BYTES;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long WRITE_PURPOSE = 2;
    private static final long BOOT_PURPOSE = 3;

    private PageContent() {
    }

    /** Fills {@code page}'s bytes as write number {@code write} left them. */
    static void fillWritten(byte[] into, int offset, long seed, long page, long write) {
        fill(into, offset, Mix64.key(seed, WRITE_PURPOSE, Mix64.mix(write) ^ page));
    }

    /** Fills {@code page}'s bytes as the boot image has them. */
    static void fillBoot(byte[] into, int offset, long seed, long page) {
        fill(into, offset, Mix64.key(seed, BOOT_PURPOSE, page));
    }

    private static void fill(byte[] into, int offset, long key) {
        long counter = key;
        for (int i = 0; i < LONGS_PER_PAGE; i++) {
            LONGS.set(into, offset + i * Long.BYTES, Mix64.mix(counter));
            counter += Mix64.GOLDEN;
        }
    }
}
