package xsh.cfg.domain;

import java.util.OptionalLong;

/**
 * Per-domain scheduler settings as written. The weight key is {@code cpu_weight}: a
 * {@code weight=} line is not read by xl at all. Absent values mean "the scheduler's
 * default" (weight 256 and cap 0 for credit and credit2).
 */
public record SchedulerParameters(OptionalLong cpuWeight, OptionalLong cap, OptionalLong period,
        OptionalLong slice, OptionalLong latency, OptionalLong extratime) {

    public static final long DEFAULT_WEIGHT = 256;
    public static final long DEFAULT_CAP = 0;

    public static SchedulerParameters unset() {
        OptionalLong none = OptionalLong.empty();
        return new SchedulerParameters(none, none, none, none, none, none);
    }

    /** The credit/credit2 weight the domain gets. */
    public long weight() {
        return cpuWeight.orElse(DEFAULT_WEIGHT);
    }

    /** The cap in percent of one pCPU; 0 is no cap. */
    public long effectiveCap() {
        return cap.orElse(DEFAULT_CAP);
    }
}
