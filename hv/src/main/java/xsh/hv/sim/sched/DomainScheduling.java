package xsh.hv.sim.sched;

import java.util.OptionalInt;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.DomainSchedParams;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.pools.PoolRecord;
import xsh.hv.sim.pools.PoolTable;
import xsh.hv.sim.store.Tx;

/** A domain's credit/credit2 weight and cap: the scheduler is its pool's. */
public final class DomainScheduling {

    private DomainScheduling() {
    }

    public static DomainSchedParams get(Tx tx, int domid) {
        DomainRecord d = DomainTable.require(tx, domid);
        requireWeightAndCap(tx, d);
        return DomainSchedParams.of(d.weight, d.cap);
    }

    /** Changes what is given, after checking all of it: libxl checks weight, then cap. */
    public static void set(Tx tx, int domid, DomainSchedParams params) {
        DomainRecord d = DomainTable.require(tx, domid);
        Scheduler scheduler = requireWeightAndCap(tx, d);
        OptionalInt weight = params.weight();
        OptionalInt cap = params.cap();
        if (weight.isPresent()) {
            SchedulerRules.checkWeight(scheduler, weight.getAsInt());
        }
        if (cap.isPresent()) {
            SchedulerRules.checkCap(scheduler, cap.getAsInt(), d.maxVcpus);
        }
        weight.ifPresent(w -> d.weight = w);
        cap.ifPresent(c -> d.cap = c);
        DomainTable.save(tx, d);
    }

    /** The scheduler of the domain's pool, refused if it has no weight and cap. */
    private static Scheduler requireWeightAndCap(Tx tx, DomainRecord d) {
        PoolRecord pool = PoolTable.byId(tx, d.poolId).orElseThrow();
        if (!SchedulerRules.hasWeightAndCap(pool.scheduler())) {
            throw new HvException(HvError.INVAL, "the " + pool.scheduler().libxlName()
                    + " scheduler of cpupool " + pool.name() + " has no weight or cap");
        }
        return pool.scheduler();
    }
}
