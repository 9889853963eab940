package xsh.bench.memory;

import java.io.InputStream;
import java.util.SplittableRandom;

/** A stream of {@code length} random bytes, an incompressible memory image to restore. */
final class RandomBytes extends InputStream {

    private final SplittableRandom random;
    private long remaining;

    RandomBytes(long length, long seed) {
        this.remaining = length;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() {
        if (remaining == 0) {
            return -1;
        }
        remaining--;
        return random.nextInt(256);
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (remaining == 0) {
            return length == 0 ? 0 : -1;
        }
        int count = (int) Math.min(length, remaining);
        for (int i = 0; i < count; i += Long.BYTES) {
            long value = random.nextLong();
            for (int b = 0; b < Long.BYTES && i + b < count; b++) {
                into[offset + i + b] = (byte) (value >>> (8 * b));
            }
        }
        remaining -= count;
        return count;
    }
}
