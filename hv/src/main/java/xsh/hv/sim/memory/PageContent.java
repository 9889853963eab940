package xsh.hv.sim.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import xsh.hv.GuestMemory;

/**
 * The bytes of a page: a function of the seed, the page number and which write put them
 * there, so any page at any time is computed rather than stored.
 *
 * <p>A page is a window of a fixed pool of mixed counters, XORed with a key mixed from
 * (seed, page, write), the key also choosing the window. Two mixes per page and a load, an
 * XOR and a store per long: generating a page costs about what copying it does, where
 * mixing every long would cost several times more and make a saved image CPU-bound.
 */
final class PageContent {

    static final int LONGS_PER_PAGE = GuestMemory.PAGE_SIZE / Long.BYTES;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long WRITE_PURPOSE = 2;
    private static final long BOOT_PURPOSE = 3;
    private static final long[] POOL = pool(1 << 17);

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
        int start = (int) Long.remainderUnsigned(key, POOL.length - LONGS_PER_PAGE + 1);
        long mask = Mix64.mix(key);
        for (int i = 0; i < LONGS_PER_PAGE; i++) {
            LONGS.set(into, offset + i * Long.BYTES, POOL[start + i] ^ mask);
        }
    }

    private static long[] pool(int size) {
        long[] pool = new long[size];
        for (int i = 0; i < size; i++) {
            pool[i] = Mix64.mix(i * Mix64.GOLDEN);
        }
        return pool;
    }
}
