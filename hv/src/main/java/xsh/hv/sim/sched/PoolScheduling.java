package xsh.hv.sim.sched;

import java.util.OptionalInt;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.PoolSchedParams;
import xsh.hv.sim.pools.Cpupools;
import xsh.hv.sim.pools.PoolRecord;
import xsh.hv.sim.pools.PoolTable;
import xsh.hv.sim.store.Tx;

/**
 * A pool's scheduler-wide parameters: credit has a time slice, a rate limit and a migration
 * delay; credit2 a rate limit. Like xl, a change sets the whole set, the missing values
 * taken from the current ones, and the set is checked as a whole.
 */
public final class PoolScheduling {

    private PoolScheduling() {
    }

    public static PoolSchedParams get(Tx tx, String poolName) {
        PoolRecord p = pool(tx, poolName);
        return switch (p.scheduler()) {
            case CREDIT -> new PoolSchedParams(OptionalInt.of(p.tsliceMs()), OptionalInt.of(p.ratelimitUs()),
                    OptionalInt.of(p.migrationDelayUs()));
            case CREDIT2 -> new PoolSchedParams(OptionalInt.empty(), OptionalInt.of(p.ratelimitUs()), OptionalInt.empty());
            default -> new PoolSchedParams(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
        };
    }

    public static void set(Tx tx, String poolName, PoolSchedParams params) {
        PoolRecord p = pool(tx, poolName);
        int tslice = params.tsliceMs().orElse(p.tsliceMs());
        int ratelimit = params.ratelimitUs().orElse(p.ratelimitUs());
        int delay = params.migrationDelayUs().orElse(p.migrationDelayUs());
        if (p.scheduler() == Scheduler.CREDIT) {
            SchedulerRules.checkCreditPool(tslice, ratelimit, delay);
        } else if (p.scheduler() == Scheduler.CREDIT2) {
            if (params.tsliceMs().isPresent() || params.migrationDelayUs().isPresent()) {
                throw new HvException(HvError.INVAL, "credit2 has no time slice or migration delay to set");
            }
            SchedulerRules.checkRatelimit(ratelimit);
        } else {
            throw new HvException(HvError.INVAL, "the " + p.scheduler().libxlName()
                    + " scheduler of cpupool " + p.name() + " has no pool parameters");
        }
        PoolTable.update(tx, new PoolRecord(p.id(), p.name(), p.scheduler(), tslice, ratelimit, delay));
    }

    private static PoolRecord pool(Tx tx, String name) {
        return PoolTable.byName(tx, name).orElseThrow(() -> Cpupools.unknown(name));
    }
}
