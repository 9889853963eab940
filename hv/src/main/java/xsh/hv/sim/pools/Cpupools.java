package xsh.hv.sim.pools;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.CpupoolInfo;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LogSite;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.sched.SchedulerRules;
import xsh.hv.sim.store.Tx;

/**
 * Cpupools with Xen's rules (xen/common/sched/cpupool.c) and libxl's words
 * (libxl_cpupool.c). Invariants: a pCPU is in at most one pool (the key of
 * {@code pool_cpus}); a domain is in exactly one (a non-null reference); pCPU 0 stays in
 * pool 0; a pool that has domains keeps at least one pCPU.
 */
public final class Cpupools {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite CREATING = LogSite.libxl("libxl_cpupool.c", 157, "libxl_cpupool_create");
    private static final LogSite CREATING_WITH_CPU = LogSite.libxl("libxl_cpupool.c", 167, "libxl_cpupool_create");
    private static final LogSite ADDING_CPU = LogSite.libxl("libxl_cpupool.c", 302, "libxl_cpupool_cpuadd");
    private static final LogSite REMOVING_CPU = LogSite.libxl("libxl_cpupool.c", 365, "libxl_cpupool_cpuremove");
    private static final LogSite MOVING_DOMAIN = LogSite.libxlDomain("libxl_cpupool.c", 437, "libxl_cpupool_movedomain");

    private Cpupools() {
    }

    public static List<CpupoolInfo> list(Tx tx) {
        List<CpupoolInfo> pools = new ArrayList<>();
        for (PoolRecord p : PoolTable.all(tx)) {
            pools.add(info(tx, p));
        }
        return pools;
    }

    static CpupoolInfo info(Tx tx, PoolRecord p) {
        return new CpupoolInfo(p.id(), p.name(), p.scheduler(), PoolTable.cpus(tx, p.id()), PoolTable.domainCount(tx, p.id()));
    }

    public static HvException unknown(String pool) {
        return new HvException(HvError.NOTFOUND, "unknown cpupool '" + pool + "'");
    }

    static PoolRecord require(Tx tx, String pool) {
        return PoolTable.byName(tx, pool).orElseThrow(() -> unknown(pool));
    }

    /**
     * libxl_cpupool_create: a new pool id after the highest, then each pCPU moved in; any pCPU
     * that is not free undoes the whole pool. Xen allows at most two pools per pCPU.
     */
    public static CpupoolInfo create(Tx tx, String name, Scheduler scheduler, BitSet cpus) {
        if (PoolTable.byName(tx, name).isPresent()) {
            throw new HvException(HvError.INVAL, "Pool name \"" + name + "\" already exists");
        }
        int nrCpus = HostTable.read(tx).spec().cpus();
        if (!scheduler.isAvailable()) {
            throw new HvException(HvError.FAIL, CREATING, "Could not create cpupool: No such file or directory");
        }
        if (PoolTable.count(tx) >= 2 * nrCpus) {
            throw new HvException(HvError.FAIL, CREATING, "Could not create cpupool: No space left on device");
        }
        PoolRecord pool = PoolRecord.withDefaults(PoolTable.nextId(tx), name, scheduler);
        PoolTable.insert(tx, pool);
        for (int cpu = cpus.nextSetBit(0); cpu >= 0; cpu = cpus.nextSetBit(cpu + 1)) {
            String problem = addProblem(tx, cpu, nrCpus);
            if (problem != null) {
                throw new HvException(HvError.FAIL, CREATING_WITH_CPU, "Error moving cpu to cpupool: " + problem);
            }
            PoolTable.assign(tx, cpu, pool.id());
        }
        return info(tx, pool);
    }

    /** Only a pool without domains; its pCPUs become free. Pool 0 always has Domain-0. */
    public static void destroy(Tx tx, String name) {
        PoolRecord pool = require(tx, name);
        if (PoolTable.domainCount(tx, pool.id()) > 0) {
            throw new HvException(HvError.INVAL, "Can't destroy cpupool '" + name + "'");
        }
        tx.update("DELETE FROM pool_cpus WHERE pool_id = ?", pool.id());
        PoolTable.delete(tx, pool.id());
    }

    /** Names stay unique, so that a pool can be found by its name. */
    public static void rename(Tx tx, String name, String newName) {
        PoolRecord pool = require(tx, name);
        if (!newName.equals(name) && PoolTable.byName(tx, newName).isPresent()) {
            throw new HvException(HvError.INVAL, "Pool name \"" + newName + "\" already exists");
        }
        PoolTable.update(tx, new PoolRecord(pool.id(), newName, pool.scheduler(), pool.tsliceMs(), pool.ratelimitUs(),
                pool.migrationDelayUs()));
    }

    /**
     * Moves each free pCPU into the pool, one at a time as libxl does; pCPUs that cannot be
     * moved are reported and the others still move (xl says "some cpus may not have been added").
     *
     * @return the refusals, in pCPU order; empty when all moved
     */
    public static List<HvException> addCpus(Tx tx, String name, BitSet cpus) {
        PoolRecord pool = require(tx, name);
        int nrCpus = HostTable.read(tx).spec().cpus();
        List<HvException> refused = new ArrayList<>();
        for (int cpu = cpus.nextSetBit(0); cpu >= 0; cpu = cpus.nextSetBit(cpu + 1)) {
            String problem = addProblem(tx, cpu, nrCpus);
            if (problem != null) {
                refused.add(new HvException(HvError.FAIL, ADDING_CPU, "Error moving cpu " + cpu + " to cpupool: " + problem));
            } else {
                PoolTable.assign(tx, cpu, pool.id());
            }
        }
        return refused;
    }

    /** Xen's XEN_SYSCTL_CPUPOOL_OP_ADDCPU checks, as strerror of its errno. */
    private static String addProblem(Tx tx, int cpu, int nrCpus) {
        if (cpu >= nrCpus) {
            return "Invalid argument";
        }
        if (PoolTable.poolOf(tx, cpu).isPresent()) {
            return "No such device";
        }
        return null;
    }

    /**
     * Frees each pCPU of the pool, one at a time. Xen keeps pCPU 0 in pool 0, and refuses to
     * take the last pCPU of a pool that has domains.
     *
     * @return the refusals, in pCPU order; empty when all were removed
     */
    public static List<HvException> removeCpus(Tx tx, String name, BitSet cpus) {
        PoolRecord pool = require(tx, name);
        List<HvException> refused = new ArrayList<>();
        for (int cpu = cpus.nextSetBit(0); cpu >= 0; cpu = cpus.nextSetBit(cpu + 1)) {
            String problem = removeProblem(tx, pool, cpu);
            if (problem != null) {
                refused.add(new HvException(HvError.FAIL, REMOVING_CPU, "Error removing cpu " + cpu + " from cpupool: " + problem));
            } else {
                PoolTable.release(tx, cpu);
            }
        }
        return refused;
    }

    private static String removeProblem(Tx tx, PoolRecord pool, int cpu) {
        if (pool.id() == PoolTable.POOL_0 && cpu == 0) {
            return "Invalid argument";
        }
        BitSet poolCpus = PoolTable.cpus(tx, pool.id());
        if (!poolCpus.get(cpu)) {
            return "Cannot assign requested address";
        }
        if (poolCpus.cardinality() == 1 && PoolTable.domainCount(tx, pool.id()) > 0) {
            return "Device or resource busy";
        }
        return null;
    }

    /**
     * XEN_SYSCTL_CPUPOOL_OP_MOVEDOMAIN: not Domain-0 (the calling domain), not into a pool
     * without pCPUs; moving to the current pool does nothing. The new scheduler starts the
     * domain with its default weight and cap.
     */
    public static void moveDomain(Tx tx, int domid, String name) {
        DomainRecord d = DomainTable.require(tx, domid);
        PoolRecord pool = require(tx, name);
        if (d.isDomain0()) {
            throw new HvException(HvError.FAIL, MOVING_DOMAIN, "Error moving domain to cpupool: Operation not permitted");
        }
        if (pool.id() == d.poolId) {
            return;
        }
        if (PoolTable.cpus(tx, pool.id()).isEmpty()) {
            throw new HvException(HvError.FAIL, MOVING_DOMAIN, "Error moving domain to cpupool: No such file or directory");
        }
        d.poolId = pool.id();
        d.weight = SchedulerRules.DEFAULT_WEIGHT;
        d.cap = SchedulerRules.DEFAULT_CAP;
        DomainTable.save(tx, d);
    }
}
