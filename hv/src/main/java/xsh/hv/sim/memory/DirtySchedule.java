package xsh.hv.sim.memory;

import java.math.BigInteger;
import xsh.hv.GuestMemory;

/**
 * How many bytes the workload has dirtied after a given running time: {@code sinceBytes}
 * at {@code sinceNanos}, then {@code bytesPerSecond} more per second of running. A rate
 * change folds the past into {@code sinceBytes}, so the schedule stays three numbers
 * however often the rate changes. A running time before {@code sinceNanos} counts as
 * {@code sinceNanos}: the memory has already run that far.
 */
record DirtySchedule(long sinceNanos, long sinceBytes, long bytesPerSecond) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    DirtySchedule {
        if (sinceNanos < 0 || sinceBytes < 0 || bytesPerSecond < 0) {
            throw new IllegalArgumentException("a dirty schedule is never negative: "
                    + sinceNanos + " ns, " + sinceBytes + " bytes, " + bytesPerSecond + " bytes/s");
        }
    }

    static DirtySchedule startingAt(long bytesPerSecond) {
        return new DirtySchedule(0, 0, bytesPerSecond);
    }

    long bytesAt(long runningNanos) {
        long elapsed = Math.max(0, runningNanos - sinceNanos);
        return sinceBytes + scale(elapsed, bytesPerSecond);
    }

    /** The number of page writes done after running this long. */
    long positionAt(long runningNanos) {
        return bytesAt(runningNanos) / GuestMemory.PAGE_SIZE;
    }

    /**
     * The schedule with the rate changed at {@code runningNanos}; {@code atLeastBytes} is
     * what the memory is known to have reached, so the change never moves it back.
     */
    DirtySchedule withRate(long newBytesPerSecond, long runningNanos, long atLeastBytes) {
        long at = Math.max(runningNanos, sinceNanos);
        return new DirtySchedule(at, Math.max(bytesAt(at), atLeastBytes), newBytesPerSecond);
    }

    /** elapsed × rate / 10⁹, exact: a year of nanoseconds times a rate overflows a long. */
    private static long scale(long elapsedNanos, long bytesPerSecond) {
        long high = Math.multiplyHigh(elapsedNanos, bytesPerSecond);
        long low = elapsedNanos * bytesPerSecond;
        if (high == 0 && low >= 0) {
            return low / NANOS_PER_SECOND;
        }
        return BigInteger.valueOf(elapsedNanos).multiply(BigInteger.valueOf(bytesPerSecond))
                .divide(BigInteger.valueOf(NANOS_PER_SECOND)).longValueExact();
    }
}
