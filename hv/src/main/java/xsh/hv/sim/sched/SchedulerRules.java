package xsh.hv.sim.sched;

import xsh.cfg.cpupool.Scheduler;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LogSite;

/** Xen's ranges for credit and credit2 parameters, checked in libxl's order with libxl's words. */
public final class SchedulerRules {

    public static final int DEFAULT_WEIGHT = 256;
    public static final int DEFAULT_CAP = 0;
    public static final int TSLICE_MIN_MS = 1;
    public static final int TSLICE_MAX_MS = 1000;
    public static final int RATELIMIT_MIN_US = 100;
    public static final int RATELIMIT_MAX_US = 500_000;
    public static final int MIGRATION_DELAY_MAX_US = 100_000;

    private static final LogSite RATELIMIT_RANGE = LogSite.libxl("libxl_sched.c", 270, "sched_ratelimit_check");
    private static final LogSite TSLICE_RANGE = LogSite.libxl("libxl_sched.c", 311, "libxl_sched_credit_params_set");
    private static final LogSite RATELIMIT_ABOVE_TSLICE =
            LogSite.libxl("libxl_sched.c", 321, "libxl_sched_credit_params_set");
    private static final LogSite MIGRATION_DELAY_RANGE =
            LogSite.libxl("libxl_sched.c", 326, "libxl_sched_credit_params_set");

    private SchedulerRules() {
    }

    /** libxl checks a domain's weight and cap in one function per scheduler. */
    private static LogSite domainSite(Scheduler scheduler, int creditLine, int credit2Line) {
        return scheduler == Scheduler.CREDIT2
                ? LogSite.libxlDomain("libxl_sched.c", credit2Line, "sched_credit2_domain_set")
                : LogSite.libxlDomain("libxl_sched.c", creditLine, "sched_credit_domain_set");
    }

    /** Whether domains of a pool with this scheduler have a weight and a cap. */
    public static boolean hasWeightAndCap(Scheduler scheduler) {
        return scheduler == Scheduler.CREDIT || scheduler == Scheduler.CREDIT2;
    }

    public static void checkWeight(Scheduler scheduler, int weight) {
        if (weight < 1 || weight > 65535) {
            throw new HvException(HvError.INVAL, domainSite(scheduler, 238, 445), "Cpu weight out of range, valid values are within range from 1 to 65535");
        }
    }

    /** The cap is in percent of one pCPU, so a guest can be capped at no more than all its vcpus. */
    public static void checkCap(Scheduler scheduler, int cap, int maxVcpus) {
        if (cap < 0 || cap > maxVcpus * 100) {
            throw new HvException(HvError.INVAL, domainSite(scheduler, 248, 455), "Cpu cap out of range, valid range is from 0 to " + maxVcpus * 100
                    + " for specified number of vcpus");
        }
    }

    /** 0 turns rate limiting off; otherwise Xen's range. */
    public static void checkRatelimit(int ratelimitUs) {
        if (ratelimitUs != 0 && (ratelimitUs < RATELIMIT_MIN_US || ratelimitUs > RATELIMIT_MAX_US)) {
            throw new HvException(HvError.INVAL, RATELIMIT_RANGE, "Ratelimit out of range, valid range is from " + RATELIMIT_MIN_US
                    + " to " + RATELIMIT_MAX_US);
        }
    }

    /** libxl_sched_credit_params_set's checks, in its order. */
    public static void checkCreditPool(int tsliceMs, int ratelimitUs, int migrationDelayUs) {
        if (tsliceMs < TSLICE_MIN_MS || tsliceMs > TSLICE_MAX_MS) {
            throw new HvException(HvError.INVAL, TSLICE_RANGE, "Time slice out of range, valid range is from " + TSLICE_MIN_MS
                    + " to " + TSLICE_MAX_MS);
        }
        checkRatelimit(ratelimitUs);
        if ((long) ratelimitUs > tsliceMs * 1000L) {
            throw new HvException(HvError.INVAL, RATELIMIT_ABOVE_TSLICE, "Ratelimit cannot be greater than timeslice");
        }
        if (migrationDelayUs < 0 || migrationDelayUs > MIGRATION_DELAY_MAX_US) {
            throw new HvException(HvError.INVAL, MIGRATION_DELAY_RANGE, "vcpu migration delay should be >= 0 and <= " + MIGRATION_DELAY_MAX_US + "us");
        }
    }
}
