package xsh.hv.sim.memory;

/**
 * A 64-bit finaliser (Stafford's variant 13 of SplitMix64): a counter run through it gives
 * values that look independent, which is all the simulation needs of randomness, and it
 * costs two multiplications, so any value can be computed directly from its index.
 */
final class Mix64 {

    /** The golden-ratio increment of SplitMix64: consecutive counters land far apart. */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix64() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A key for one purpose of one seed, so streams drawn for different purposes never coincide. */
    static long key(long seed, long purpose, long index) {
        return mix(mix(seed + purpose * GOLDEN) + index);
    }
}
