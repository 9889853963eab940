package xsh.hv.sim.domains;

import java.time.Instant;
import xsh.hv.DomainInfo;
import xsh.hv.DomainState;

/** A stored domain as observed at a moment: what xl list and xl uptime print. */
public final class DomainView {

    private DomainView() {
    }

    public static DomainInfo info(DomainRecord d, String poolName, long now, long balloonKibPerSecond) {
        return new DomainInfo(d.domid, d.name, d.uuid, d.type, state(d, now),
                DomainMeters.currentKib(d, now, balloonKibPerSecond), d.targetKib, d.maxKib,
                d.onlineVcpus, d.maxVcpus, DomainMeters.cpuNanos(d, now), instant(d.createdNs), poolName);
    }

    /**
     * The six flags. An active guest is running or blocked by chance weighted with its load;
     * Domain-0 is always seen running, because it is running xl. A paused or shut-down guest
     * is neither.
     */
    public static DomainState state(DomainRecord d, long now) {
        boolean running = false;
        boolean blocked = false;
        if (d.active() && d.onlineVcpus > 0) {
            running = d.isDomain0() || Observation.running(d.uuid, -1, now, d.loadPpm);
            blocked = !running;
        }
        return new DomainState(running, blocked, d.pauseCount, d.shutdownReason(), d.dying);
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
