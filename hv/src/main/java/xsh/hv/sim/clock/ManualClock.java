package xsh.hv.sim.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when told to: for deterministic, fast specifications. */
public final class ManualClock implements SimClock {

    private final AtomicLong nanos;

    public ManualClock(Instant start) {
        this.nanos = new AtomicLong(start.getEpochSecond() * 1_000_000_000L + start.getNano());
    }

    /** 2024-01-01T00:00:00Z, a fixed, unremarkable start. */
    public ManualClock() {
        this(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Override
    public long nowNanos() {
        return nanos.get();
    }

    public Instant now() {
        long n = nanos.get();
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }

    public ManualClock advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time does not go back: " + by);
        }
        nanos.addAndGet(by.toNanos());
        return this;
    }

    public ManualClock advanceMillis(long millis) {
        return advance(Duration.ofMillis(millis));
    }

    public ManualClock advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }
}
