package xsh.shell.sched;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.hv.Hypervisor;
import xsh.shell.dryrun.MayChangeState;
import xsh.toolstack.sched.SchedCredit;
import xsh.toolstack.sched.SchedOptions;

/**
 * What {@code sched-credit} and {@code sched-credit2} share: a domain's options, first in
 * their help, and the run. Each command declares its pool's parameters, then {@code -p} and
 * {@code --json}, so that help lists the options in xl's order.
 */
abstract class SchedCommand implements Callable<Integer>, MayChangeState {

    @Option(names = {"-d", "--domain"}, paramLabel = "DOMAIN", description = "The domain to show or set.")
    String domain;

    @Option(names = {"-w", "--weight"}, paramLabel = "WEIGHT", description = "The domain's weight, 1 to 65535.")
    String weight;

    @Option(names = {"-c", "--cap"}, paramLabel = "CAP",
            description = "The domain's cap in percent of one pCPU, 0 (none) to 100 per vcpu.")
    String cap;

    @Option(names = {"-s", "--schedparam"}, description = "Show or set the cpupool's parameters.")
    boolean schedparam;

    @Spec
    CommandSpec spec;

    /** Sets when a value is given (a domain's weight or cap, a pool's parameter); shows otherwise. */
    @Override
    public boolean changesState() {
        return weight != null || cap != null || setsPoolParameter();
    }

    /** Whether one of the pool's parameters, which each scheduler declares, was given. */
    abstract boolean setsPoolParameter();

    /** Runs the scheduler's command line; a pool parameter the command lacks is null. */
    int run(BiFunction<Hypervisor, Boolean, SchedCredit> scheduler, String tslice, String ratelimit,
            String migrationDelay, String cpupool, boolean json) {
        SchedOptions options = new SchedOptions(Optional.ofNullable(domain), Optional.ofNullable(weight),
                Optional.ofNullable(cap), schedparam, Optional.ofNullable(tslice), Optional.ofNullable(ratelimit),
                Optional.ofNullable(migrationDelay), Optional.ofNullable(cpupool));
        return SchedRunner.run(spec, scheduler, options, json);
    }
}
