package xsh.shell.sched;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.toolstack.sched.SchedCredit;
import xsh.toolstack.sched.SchedOptions;

/**
 * {@code sched-credit [-d DOMAIN [-w W] [-c C]] [-s [-t MS] [-r US] [-m US]] [-p POOL]}: as
 * xl. Without options every credit pool and its domains; {@code -d} one domain's weight and
 * cap; {@code -s} a pool's parameters (Pool-0 unless {@code -p}). Only values given change.
 */
@Command(name = "sched-credit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show or set the credit scheduler's parameters of domains and cpupools.")
public final class SchedCreditCommand implements Callable<Integer> {

    @Option(names = {"-d", "--domain"}, paramLabel = "DOMAIN", description = "The domain to show or set.")
    String domain;

    @Option(names = {"-w", "--weight"}, paramLabel = "WEIGHT", description = "The domain's weight, 1 to 65535.")
    String weight;

    @Option(names = {"-c", "--cap"}, paramLabel = "CAP",
            description = "The domain's cap in percent of one pCPU, 0 (none) to 100 per vcpu.")
    String cap;

    @Option(names = {"-s", "--schedparam"}, description = "Show or set the cpupool's parameters.")
    boolean schedparam;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SchedOptions options = new SchedOptions(Optional.ofNullable(domain), Optional.ofNullable(weight),
                Optional.ofNullable(cap), schedparam, Optional.ofNullable(tslice), Optional.ofNullable(ratelimit),
                Optional.ofNullable(migrationDelay), Optional.ofNullable(cpupool));
        return SchedRunner.run(spec, SchedCredit::credit, options, json);
    }
}
