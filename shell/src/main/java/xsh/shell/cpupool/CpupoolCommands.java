package xsh.shell.cpupool;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.cpupool.Cpupools;

/**
 * The cpupool commands that take a pool and act: destroy, rename, cpu-add, cpu-remove,
 * migrate and numa-split, as in xl's {@code xl_cpupool.c}. Quiet on success. Where xl exits
 * 0 though some pCPUs did not move, it does so under the xl front end only; xsh's own
 * commands exit 1.
 */
public final class CpupoolCommands {

    private CpupoolCommands() {
    }

    /** Runs the action on the host. */
    static int onHost(CommandSpec spec, Consumer<Cpupools> action) {
        return complainingOnHost(spec, pools -> {
            action.accept(pools);
            return List.of();
        });
    }

    /** Runs the action on the host; lines it returns (xl's exit-0 complaints) go to stderr. */
    static int complainingOnHost(CommandSpec spec, Function<Cpupools, List<String>> action) {
        XshCommand xsh = XshCommand.of(spec);
        List<String> complaints = xsh.fromHost(hv -> action.apply(new Cpupools(hv, xsh.xlCompatible())));
        PrintWriter err = spec.commandLine().getErr();
        complaints.forEach(err::println);
        err.flush();
        return 0;
    }

    @ChangesState
    @Command(name = "cpupool-destroy", mixinStandardHelpOptions = true,
            description = "Destroy a cpupool that has no domains; its pCPUs become free.")
    public static final class Destroy implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "POOL", description = "A cpupool's name or id.")
        String pool;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return onHost(spec, pools -> pools.destroy(pool));
        }
    }

    @ChangesState
    @Command(name = "cpupool-rename", mixinStandardHelpOptions = true, description = "Rename a cpupool.")
    public static final class Rename implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "POOL", description = "A cpupool's name or id.")
        String pool;

        @Parameters(index = "1", paramLabel = "NEW_NAME", description = "The new name.")
        String newName;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return onHost(spec, pools -> pools.rename(pool, newName));
        }
    }

    /** Moves pCPUs of or into a pool, returning xl's exit-0 complaints. */
    @FunctionalInterface
    interface CpuMove {
        List<String> move(Cpupools pools, String pool, String cpus);
    }

    /** POOL CPUS, moved by the command's move. */
    abstract static class CpuMoveCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "POOL", description = "A cpupool's name or id.")
        String pool;

        @Parameters(index = "1", paramLabel = "CPUS", description = "A CPU list, or node:N for a NUMA node's pCPUs.")
        String cpus;

        @Spec
        CommandSpec spec;

        private final CpuMove move;

        CpuMoveCommand(CpuMove move) {
            this.move = move;
        }

        @Override
        public Integer call() {
            return complainingOnHost(spec, pools -> move.move(pools, pool, cpus));
        }
    }

    @ChangesState
    @Command(name = "cpupool-cpu-add", mixinStandardHelpOptions = true,
            description = "Move free pCPUs into a cpupool: a CPU list such as 4-7,^5, or node:N.")
    public static final class CpuAdd extends CpuMoveCommand {
        public CpuAdd() {
            super(Cpupools::addCpus);
        }
    }

    @ChangesState
    @Command(name = "cpupool-cpu-remove", mixinStandardHelpOptions = true,
            description = "Take pCPUs out of a cpupool; they become free.")
    public static final class CpuRemove extends CpuMoveCommand {
        public CpuRemove() {
            super(Cpupools::removeCpus);
        }
    }

    @ChangesState
    @Command(name = "cpupool-migrate", mixinStandardHelpOptions = true,
            description = "Move a domain into another cpupool; it starts there with the default weight and cap.")
    public static final class Migrate implements Callable<Integer> {
        @Mixin
        DomainArgument domain;

        @Parameters(index = "1", paramLabel = "POOL", description = "A cpupool's name or id.")
        String pool;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return onHost(spec, pools -> pools.migrate(domain.value(), pool));
        }
    }

    @ChangesState
    @Command(name = "cpupool-numa-split", mixinStandardHelpOptions = true,
            description = "Split the host into a cpupool per NUMA node (Pool-node0, Pool-node1, ...); "
                    + "only while Pool-0 is the only pool.")
    public static final class NumaSplit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return onHost(spec, Cpupools::numaSplit);
        }
    }
}
