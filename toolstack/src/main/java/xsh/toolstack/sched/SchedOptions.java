package xsh.toolstack.sched;

import java.util.Optional;

/**
 * The options of {@code sched-credit} and {@code sched-credit2} as given, numbers still text:
 * how they are read depends on whether xl's {@code strtol} or xsh's strict reading applies.
 *
 * @param domain         {@code -d}
 * @param weight         {@code -w}
 * @param cap            {@code -c}
 * @param schedparam     {@code -s}: the pool's parameters rather than domains'
 * @param tslice         {@code -t} (credit)
 * @param ratelimit      {@code -r}
 * @param migrationDelay {@code -m} (credit)
 * @param cpupool        {@code -p}
 */
public record SchedOptions(Optional<String> domain, Optional<String> weight, Optional<String> cap, boolean schedparam,
                           Optional<String> tslice, Optional<String> ratelimit, Optional<String> migrationDelay,
                           Optional<String> cpupool) {

    /** No options: list every domain of every pool the scheduler runs. */
    public static SchedOptions none() {
        return new SchedOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    boolean domainOptions() {
        return domain.isPresent() || weight.isPresent() || cap.isPresent();
    }

    boolean poolValues() {
        return tslice.isPresent() || ratelimit.isPresent() || migrationDelay.isPresent();
    }
}
