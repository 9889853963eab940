package xsh.hv.sim.lifecycle;

import xsh.hv.DomainDefinition;
import xsh.hv.HvException;
import xsh.hv.sim.build.DomainBuilder;
import xsh.hv.sim.domains.DomainMeters;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.store.Tx;

/**
 * The monitor's second half: after its sleep it builds the domain again, never paused, or
 * soft-resets it in place. A build that fails (the name was taken meanwhile, memory ran out,
 * a disk went away) is logged and the domain stays gone, as with xl.
 */
final class Restarts {

    private final DomainBuilder builder;
    private final MonitorLog monitorLog;

    Restarts(DomainBuilder builder, MonitorLog monitorLog) {
        this.builder = builder;
        this.monitorLog = monitorLog;
    }

    void restart(Tx tx, RestartPlan plan) {
        try {
            tx.atomically(() -> {
                DomainDefinition definition = plan.config().read();
                DomainRecord d = builder.build(tx, HostTable.read(tx), definition, false, plan.overrides());
                monitorLog.waiting(tx, d);
                return d;
            });
        } catch (HvException e) {
            monitorLog.log(tx, null, plan.overrides().name(), "failed to restart domain: " + e.getMessage());
        }
    }

    /** libxl_domain_soft_reset: the guest starts over in the same domain, memory and all. */
    void softReset(Tx tx, int domid) {
        DomainTable.find(tx, domid).filter(DomainRecord::isShutdown).ifPresent(d -> {
            DomainMeters.fold(d, tx.now()); // stopped until now: nothing accrues, the meters restart here
            d.shutdownCode = null;
            DomainTable.save(tx, d);
            monitorLog.log(tx, d, "Domain " + d.domid + " soft reset");
        });
    }
}
