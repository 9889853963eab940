package xsh.hv.sim.clock;

import java.time.Instant;

/** The machine's wall clock, with the best resolution the JDK offers. */
final class SystemClock implements SimClock {

    static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
