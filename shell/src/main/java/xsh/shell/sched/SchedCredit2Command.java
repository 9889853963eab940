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
 * {@code sched-credit2 [-d DOMAIN [-w W] [-c C]] [-s [-r US]] [-p POOL]}: as xl. Without
 * options every credit2 pool and its domains; {@code -d} one domain's weight and cap;
 * {@code -s} a pool's rate limit (Pool-0 unless {@code -p}). Only values given change.
 */
@Command(name = "sched-credit2", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show or set the credit2 scheduler's parameters of domains and cpupools.")
public final class SchedCredit2Command implements Callable<Integer> {

    @Option(names = {"-d", "--domain"}, paramLabel = "DOMAIN", description = "The domain to show or set.")
    String domain;

    @Option(names = {"-w", "--weight"}, paramLabel = "WEIGHT", description = "The domain's weight, 1 to 65535.")
    String weight;

    @Option(names = {"-c", "--cap"}, paramLabel = "CAP",
            description = "The domain's cap in percent of one pCPU, 0 (none) to 100 per vcpu.")
    String cap;

    @Option(names = {"-s", "--schedparam"}, description = "Show or set the cpupool's parameters.")
    boolean schedparam;

    @Option(names = {"-r", "--ratelimit_us"}, paramLabel = "US", description = "The rate limit, 100 to 500000 us (0: off).")
    String ratelimit;

    @Option(names = {"-p", "--cpupool"}, paramLabel = "POOL", description = "The cpupool (name or id).")
    String cpupool;

    @Option(names = "--json", description = "Print what is shown as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SchedOptions options = new SchedOptions(Optional.ofNullable(domain), Optional.ofNullable(weight),
                Optional.ofNullable(cap), schedparam, Optional.empty(), Optional.ofNullable(ratelimit),
                Optional.empty(), Optional.ofNullable(cpupool));
        return SchedRunner.run(spec, SchedCredit::credit2, options, json);
    }
}
