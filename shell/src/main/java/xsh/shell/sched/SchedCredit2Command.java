package xsh.shell.sched;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xsh.toolstack.sched.SchedCredit;

/**
 * {@code sched-credit2 [-d DOMAIN [-w W] [-c C]] [-s [-r US]] [-p POOL]}: as xl. Without
 * options every credit2 pool and its domains; {@code -d} one domain's weight and cap;
 * {@code -s} a pool's rate limit (Pool-0 unless {@code -p}). Only values given change.
 */
@Command(name = "sched-credit2", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show or set the credit2 scheduler's parameters of domains and cpupools.")
public final class SchedCredit2Command extends SchedCommand {

    @Option(names = {"-r", "--ratelimit_us"}, paramLabel = "US", description = "The rate limit, 100 to 500000 us (0: off).")
    String ratelimit;

    @Option(names = {"-p", "--cpupool"}, paramLabel = "POOL", description = "The cpupool (name or id).")
    String cpupool;

    @Option(names = "--json", description = "Print what is shown as JSON.")
    boolean json;

    @Override
    boolean setsPoolParameter() {
        return ratelimit != null;
    }

    @Override
    public Integer call() {
        return run(SchedCredit::credit2, null, ratelimit, null, cpupool, json);
    }
}
