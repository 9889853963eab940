package xsh.hv.sim.memory;

/**
 * A keyed shuffle of the pages {@code [0, size)}, computable in both directions: a balanced
 * Feistel network over the smallest power of four that holds {@code size}, walking the
 * cycle until the value falls inside (the power of four is below {@code 4 * size}, so a
 * walk takes a few steps on average). The workload needs both directions: forwards to list
 * the pages a run of writes touched, backwards to find when a given page was last written.
 */
final class PagePermutation {

    private static final int ROUNDS = 4;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] roundKeys = new long[ROUNDS];

    PagePermutation(long size, long key) {
        if (size < 1) {
            throw new IllegalArgumentException("a permutation needs at least one element: " + size);
        }
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        halfBits = Math.max(1, (bits + 1) / 2);
        halfMask = (1L << halfBits) - 1;
        this.size = size;
        for (int round = 0; round < ROUNDS; round++) {
            roundKeys[round] = Mix64.mix(key + (round + 1) * Mix64.GOLDEN);
        }
    }

    long size() {
        return size;
    }

    /** The element at position {@code index}. */
    long apply(long index) {
        long value = index;
        do {
            value = encrypt(value);
        } while (value >= size);
        return value;
    }

    /** The position of {@code value}: {@code invert(apply(i)) == i}. */
    long invert(long value) {
        long index = value;
        do {
            index = decrypt(index);
        } while (index >= size);
        return index;
    }

    private long encrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (long roundKey : roundKeys) {
            long next = left ^ scramble(right, roundKey);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    private long decrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            long previous = right ^ scramble(left, roundKeys[round]);
            right = left;
            left = previous;
        }
        return (left << halfBits) | right;
    }

    private long scramble(long half, long roundKey) {
        return Mix64.mix(half ^ roundKey) & halfMask;
    }
}
