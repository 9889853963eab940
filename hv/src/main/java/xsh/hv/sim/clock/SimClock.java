package xsh.hv.sim.clock;

/**
 * Where an embedded host's time comes from. Real time by default; specs inject a
 * {@link ManualClock} so that delays of seconds and minutes pass instantly and every run
 * sees the same instants.
 *
 * <p>Nanoseconds since the epoch, because the host stores instants that several processes
 * compare: a monotonic clock of one JVM would mean nothing to another.
 */
public interface SimClock {

    /** Now, in nanoseconds since 1970-01-01T00:00Z. */
    long nowNanos();

    /** The wall clock of this machine, shared by every process on it. */
    static SimClock system() {
        return SystemClock.INSTANCE;
    }
}
