package xsh.shell.sched;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xsh.toolstack.sched.SchedCredit;

/**
 * {@code sched-credit [-d DOMAIN [-w W] [-c C]] [-s [-t MS] [-r US] [-m US]] [-p POOL]}: as
 * xl. Without options every credit pool and its domains; {@code -d} one domain's weight and
 * cap; {@code -s} a pool's parameters (Pool-0 unless {@code -p}). Only values given change.
 */
@Command(name = "sched-credit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show or set the credit scheduler's parameters of domains and cpupools.")
public final class SchedCreditCommand extends SchedCommand {

    @Option(names = {"-t", "--tslice_ms"}, paramLabel = "MS", description = "The time slice, 1 to 1000 ms.")
    String tslice;

    @Option(names = {"-r", "--ratelimit_us"}, paramLabel = "US",
            description = "The rate limit, 100 to 500000 us (0: off); not above the time slice.")
    String ratelimit;

    @Option(names = {"-m", "--migration_delay_us"}, paramLabel = "US",
            description = "The vcpu migration delay, 0 to 100000 us.")
    String migrationDelay;

    @Option(names = {"-p", "--cpupool"}, paramLabel = "POOL", description = "The cpupool (name or id).")
    String cpupool;

    @Option(names = "--json", description = "Print what is shown as JSON.")
    boolean json;

    @Override
    boolean setsPoolParameter() {
        return tslice != null || ratelimit != null || migrationDelay != null;
    }

    @Override
    public Integer call() {
        return run(SchedCredit::credit, tslice, ratelimit, migrationDelay, cpupool, json);
    }
}
