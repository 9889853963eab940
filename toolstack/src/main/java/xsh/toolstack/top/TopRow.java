package xsh.toolstack.top;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import xsh.hv.DomainInfo;
import xsh.hv.DomainState;

/**
 * One domain's line of {@code top}.
 *
 * @param cpuPercent       the share of one pCPU the domain used since the previous sample
 *                         (200 for two busy vcpus); empty without one, as on the first frame
 * @param memoryPercent    its memory, of the host's
 * @param maxMemoryPercent its maximum memory, of the host's
 * @param uptimeSeconds    how long it has existed at the sample's time (Domain-0: the host)
 */
public record TopRow(DomainInfo domain, OptionalDouble cpuPercent, double memoryPercent, double maxMemoryPercent,
                     long uptimeSeconds) {

    /** The domain's row in {@code current}, with its cpu share since {@code previous} if it was there. */
    static TopRow of(DomainInfo domain, DomainInfo previous, Instant previousAt, TopSample current) {
        return new TopRow(domain, cpuPercent(domain, previous, previousAt, current.at()),
                percent(domain.currentKib(), current.totalKib()), percent(domain.maxKib(), current.totalKib()),
                Math.max(0, Duration.between(domain.started(), current.at()).getSeconds()));
    }

    /**
     * xentop's formula: the cpu time used between the samples over the time between them, in
     * percent. None when there is no earlier sample of the same domain, no time has passed, or
     * the cpu time went back (another domain that took the domid).
     */
    static OptionalDouble cpuPercent(DomainInfo now, DomainInfo before, Instant beforeAt, Instant nowAt) {
        if (before == null || beforeAt == null) {
            return OptionalDouble.empty();
        }
        long elapsedNanos = Duration.between(beforeAt, nowAt).toNanos();
        long usedNanos = now.cpuTimeNanos() - before.cpuTimeNanos();
        if (elapsedNanos <= 0 || usedNanos < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * usedNanos / elapsedNanos);
    }

    private static double percent(long part, long whole) {
        return whole <= 0 ? 0 : (double) part / whole * 100;
    }

    public int domid() {
        return domain.domid();
    }

    /** The cpu share, 0 where there is none yet (how xentop prints and sorts it). */
    public double cpuPercentOrZero() {
        return cpuPercent.orElse(0);
    }

    /**
     * xentop's six state letters, each or {@code -}: dying, shutdown, blocked, crashed, paused,
     * running (a crashed domain is not also shown shut down).
     */
    public String stateLetters() {
        DomainState s = domain.state();
        return new String(new char[] {
            s.dying() ? 'd' : '-',
            StateCounts.shutDownNotCrashed(s) ? 's' : '-',
            s.blocked() ? 'b' : '-',
            StateCounts.crashed(s) ? 'c' : '-',
            s.paused() ? 'p' : '-',
            s.running() ? 'r' : '-'
        });
    }
}
