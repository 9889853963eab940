package xsh.toolstack.checkpoint;

import java.util.Optional;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.hv.ShutdownReason;

/**
 * Brings a domain back to how it was before a checkpoint stopped it: resumed if the save left
 * it suspended, and unpaused down to the pause count it had (a domain the user had paused
 * stays paused). A domain that is gone, or whose domid is now another domain's, is left alone.
 */
final class DomainStateRestorer {

    /** What was done to the domain. */
    record Outcome(boolean found, boolean resumed, int unpaused) {

        boolean changed() {
            return resumed || unpaused > 0;
        }
    }

    private DomainStateRestorer() {
    }

    static Outcome restore(Hypervisor hv, int domid, String name, int pauseCount) {
        Optional<DomainInfo> domain = hv.domain(domid).filter(d -> d.name().equals(name));
        if (domain.isEmpty()) {
            return new Outcome(false, false, 0);
        }
        boolean resumed = false;
        if (domain.get().state().shutdown().filter(r -> r == ShutdownReason.SUSPEND).isPresent()) {
            hv.resume(domid);
            resumed = true;
            domain = hv.domain(domid);
        }
        int unpaused = 0;
        for (int count = domain.map(d -> d.state().pauseCount()).orElse(0); count > pauseCount; count--) {
            hv.unpause(domid);
            unpaused++;
        }
        return new Outcome(true, resumed, unpaused);
    }
}
