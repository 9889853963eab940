package xsh.hv.sim.pools;

import xsh.cfg.cpupool.Scheduler;

/** A cpupool row: its scheduler and the scheduler's pool-wide parameters. */
public record PoolRecord(int id, String name, Scheduler scheduler, int tsliceMs, int ratelimitUs,
                         int migrationDelayUs) {

    /** Xen's credit defaults (tslice 30 ms, ratelimit 1000 us, no migration delay); credit2 uses the ratelimit. */
    public static PoolRecord withDefaults(int id, String name, Scheduler scheduler) {
        return new PoolRecord(id, name, scheduler, 30, 1000, 0);
    }
}
