package xsh.toolstack.top;

import java.util.List;
import xsh.hv.DomainInfo;
import xsh.hv.DomainState;
import xsh.hv.ShutdownReason;

/**
 * How many domains are in each state, as xentop's summary line counts them: each domain once,
 * by the first of its flags in the order running, blocked, paused, shutdown, crashed, dying
 * (a crashed domain is shut down with reason crash, and counts as crashed only). A domain with
 * none of those flags is counted nowhere, as in xentop.
 */
public record StateCounts(int total, int running, int blocked, int paused, int crashed, int dying, int shutdown) {

    public static StateCounts of(List<DomainInfo> domains) {
        int running = 0;
        int blocked = 0;
        int paused = 0;
        int crashed = 0;
        int dying = 0;
        int shutdown = 0;
        for (DomainInfo d : domains) {
            DomainState s = d.state();
            if (s.running()) {
                running++;
            } else if (s.blocked()) {
                blocked++;
            } else if (s.paused()) {
                paused++;
            } else if (shutDownNotCrashed(s)) {
                shutdown++;
            } else if (crashed(s)) {
                crashed++;
            } else if (s.dying()) {
                dying++;
            }
        }
        return new StateCounts(domains.size(), running, blocked, paused, crashed, dying, shutdown);
    }

    static boolean crashed(DomainState s) {
        return s.shutdown().filter(r -> r == ShutdownReason.CRASH).isPresent();
    }

    static boolean shutDownNotCrashed(DomainState s) {
        return s.isShutdown() && !crashed(s);
    }
}
