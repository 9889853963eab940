package xsh.hv.sim.memory;

import java.util.BitSet;

/**
 * The simulated guest's writes. Write number {@code w} (0, 1, 2, … in running order)
 * dirties one page. Writes come in cycles of {@code pages} writes; each cycle visits every
 * page once, in the order of its own keyed {@link PagePermutation}. So the pages changed
 * between two points and the latest write to any page are computed in a few
 * multiplications per page, never replayed write by write.
 *
 * <p>A <em>position</em> is a count of writes done: the writes between positions
 * {@code from} and {@code to} are numbers {@code from … to - 1}.
 */
final class DirtyWorkload {

    /** Salt of the permutation keys, apart from every other stream drawn from the seed. */
    private static final long PERMUTATION_PURPOSE = 1;

    private final long seed;
    private final int pages;
    private PagePermutation cached;
    private long cachedCycle = -1;

    DirtyWorkload(long seed, int pages) {
        this.seed = seed;
        this.pages = pages;
    }

    /** The page write number {@code write} dirties. */
    long pageOf(long write) {
        return cycle(write / pages).apply(write % pages);
    }

    /** The pages written by writes {@code from … to - 1}. */
    BitSet pagesWrittenBetween(long from, long to) {
        BitSet written = new BitSet(pages);
        if (to <= from) {
            return written;
        }
        long firstCycle = from / pages;
        long lastCycle = (to - 1) / pages;
        if (lastCycle - firstCycle >= 2) {
            written.set(0, pages); // a whole cycle lies in between
            return written;
        }
        for (long cycle = firstCycle; cycle <= lastCycle; cycle++) {
            long start = Math.max(from, cycle * pages) - cycle * pages;
            long end = Math.min(to, (cycle + 1) * pages) - cycle * pages;
            if (start == 0 && end == pages) {
                written.set(0, pages);
                return written;
            }
            PagePermutation order = cycle(cycle);
            for (long index = start; index < end; index++) {
                written.set((int) order.apply(index));
            }
        }
        return written;
    }

    /** The number of the last write to {@code page} before {@code position}, or -1 if none. */
    long lastWriteBefore(long page, long position) {
        if (position <= 0) {
            return -1;
        }
        long cycle = (position - 1) / pages;
        long write = cycle * pages + cycle(cycle).invert(page);
        if (write < position) {
            return write;
        }
        // every page is written once per cycle, so it was written in the previous one
        return cycle == 0 ? -1 : (cycle - 1) * pages + cycle(cycle - 1).invert(page);
    }

    private PagePermutation cycle(long cycle) {
        // consecutive calls nearly always stay in one cycle; a key costs little, a cache of one suffices
        if (cycle != cachedCycle) {
            cached = new PagePermutation(pages, Mix64.key(seed, PERMUTATION_PURPOSE, cycle));
            cachedCycle = cycle;
        }
        return cached;
    }
}
