package xsh.hv.sim.domains;

/**
 * Quantities that grow with time, worked out from the stored value at a moment and the rate
 * since. A guest runs (and so uses cpu time, dirties memory and moves its balloon) only while
 * it is {@link DomainRecord#active() active}; its cpu time grows by online vcpus × load.
 *
 * <p>{@link #fold} must be called before anything that changes a rate (pause, unpause,
 * shutdown, vcpu-set, a new load), so that the time before the change is counted at the old
 * rate.
 */
public final class DomainMeters {

    private DomainMeters() {
    }

    private static long elapsed(DomainRecord d, long now) {
        return d.active() ? Math.max(0, now - d.meterNs) : 0;
    }

    /** How long the guest has run in total, in nanoseconds. */
    public static long runNanos(DomainRecord d, long now) {
        return d.runNs + elapsed(d, now);
    }

    /** Cpu time over all vcpus, in nanoseconds. */
    public static long cpuNanos(DomainRecord d, long now) {
        double rate = d.onlineVcpus * (d.loadPpm / 1_000_000.0);
        return d.cpuNs + (long) (elapsed(d, now) * rate);
    }

    /** Stores the meters as they are at {@code now}, so a new rate can start there. */
    public static void fold(DomainRecord d, long now) {
        d.cpuNs = cpuNanos(d, now);
        d.runNs = runNanos(d, now);
        d.meterNs = now;
    }

    /** The memory the guest has now: on its way from {@code memKib} to the granted target. */
    public static long currentKib(DomainRecord d, long now, long balloonKibPerSecond) {
        double seconds = Math.max(0, runNanos(d, now) - d.memRunNs) / 1e9;
        double moved = seconds * balloonKibPerSecond;
        long distance = Math.abs(d.grantedKib - d.memKib);
        long step = moved >= distance ? distance : (long) moved;
        return d.grantedKib >= d.memKib ? d.memKib + step : d.memKib - step;
    }

    /** Starts the balloon afresh from where it is now (before the target or the speed changes). */
    public static void foldBalloon(DomainRecord d, long now, long balloonKibPerSecond) {
        d.memKib = currentKib(d, now, balloonKibPerSecond);
        d.memRunNs = runNanos(d, now);
    }

    /**
     * What the domain holds of the host's memory: what it has, or what it was granted if
     * that is more. Growing toward a target reserves the target at once, so the host never
     * promises the same memory twice; shrinking gives memory back as the balloon deflates.
     */
    public static long allocationKib(DomainRecord d, long now, long balloonKibPerSecond) {
        return Math.max(currentKib(d, now, balloonKibPerSecond), d.grantedKib);
    }
}
