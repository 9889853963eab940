package xsh.shell.dsl;

import java.util.OptionalInt;
import xsh.hv.PoolSchedParams;
import xsh.toolstack.sched.PoolSection;

/**
 * A cpupool's scheduler-wide parameters, as {@code sched-credit -s} shows them: null where the
 * scheduler has no such parameter (credit2 has no time slice) or it could not be read.
 */
public final class PoolScheduling {

    private final String pool;
    private final String scheduler;
    private final PoolSchedParams params;

    PoolScheduling(String scheduler, PoolSection section) {
        this.pool = section.pool();
        this.scheduler = scheduler;
        this.params = section.params().orElse(new PoolSchedParams(OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty()));
    }

    public String getPool() {
        return pool;
    }

    /** {@code credit} or {@code credit2}. */
    public String getScheduler() {
        return scheduler;
    }

    /** The time slice in ms (credit). */
    public Integer getTslice() {
        return value(params.tsliceMs());
    }

    /** The rate limit in µs. */
    public Integer getRatelimit() {
        return value(params.ratelimitUs());
    }

    /** The vcpu migration delay in µs (credit). */
    public Integer getMigrationDelay() {
        return value(params.migrationDelayUs());
    }

    private static Integer value(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    /** {@code Pool-0 (credit): tslice 30 ms, ratelimit 1000 us, migration delay 0 us}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(pool + " (" + scheduler + "):");
        String sep = " ";
        if (getTslice() != null) {
            text.append(sep).append("tslice ").append(getTslice()).append(" ms");
            sep = ", ";
        }
        if (getRatelimit() != null) {
            text.append(sep).append("ratelimit ").append(getRatelimit()).append(" us");
            sep = ", ";
        }
        if (getMigrationDelay() != null) {
            text.append(sep).append("migration delay ").append(getMigrationDelay()).append(" us");
        }
        return text.toString();
    }
}
