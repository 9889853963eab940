package xsh.hv.sim.memory;

import xsh.hv.GuestMemory;

/**
 * What a memory keeps besides its pages, persisted in {@code memory.state}.
 *
 * @param sizeBytes      the memory's size, a whole number of pages
 * @param seed           the workload's and the boot image's seed
 * @param dataGeneration which {@code memory-N.img} holds the pages; a restore writes the next
 * @param schedule       the dirty rate and the bytes dirtied up to its last change
 * @param materializedAt the position (writes done) the data file is exact at: pages written
 *                       since are generated when read
 * @param roundAt        the position of the last {@code dirtiedSinceLastRound}, or
 *                       {@link #NO_ROUND} before the first
 */
record MemoryState(long sizeBytes, long seed, long dataGeneration, DirtySchedule schedule,
        long materializedAt, long roundAt) {

    static final long NO_ROUND = -1;

    MemoryState {
        if (sizeBytes < GuestMemory.PAGE_SIZE || sizeBytes % GuestMemory.PAGE_SIZE != 0) {
            throw new IllegalArgumentException("memory size must be a positive whole number of "
                    + GuestMemory.PAGE_SIZE + "-byte pages: " + sizeBytes);
        }
        if (sizeBytes / GuestMemory.PAGE_SIZE > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("memory size exceeds " + Integer.MAX_VALUE + " pages: " + sizeBytes);
        }
        if (dataGeneration < 0 || materializedAt < 0 || roundAt < NO_ROUND) {
            throw new IllegalArgumentException("memory positions are never negative");
        }
    }

    static MemoryState fresh(long sizeBytes, long seed, long dirtyBytesPerSecond) {
        return new MemoryState(sizeBytes, seed, 0, DirtySchedule.startingAt(dirtyBytesPerSecond), 0, NO_ROUND);
    }

    /** Whether the data file holds the boot image, not a restored one: its pages are computable. */
    boolean dataIsBootImage() {
        return dataGeneration == 0;
    }

    int pages() {
        return (int) (sizeBytes / GuestMemory.PAGE_SIZE);
    }

    /**
     * The position after running this long. Never before what the state records: another
     * process may have taken a round or a restore further than the time it is now given.
     */
    long positionAt(long runningNanos) {
        return Math.max(schedule.positionAt(runningNanos), Math.max(materializedAt, roundAt));
    }

    MemoryState withSchedule(DirtySchedule newSchedule) {
        return new MemoryState(sizeBytes, seed, dataGeneration, newSchedule, materializedAt, roundAt);
    }

    MemoryState withRoundAt(long position) {
        return new MemoryState(sizeBytes, seed, dataGeneration, schedule, materializedAt, position);
    }

    /** After a restore: the next generation holds the pages, exact at {@code position}; rounds start over. */
    MemoryState restoredAt(long position) {
        return new MemoryState(sizeBytes, seed, dataGeneration + 1, schedule, position, NO_ROUND);
    }
}
