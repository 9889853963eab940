package xsh.shell.vcpu;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.cpulist.CpuList;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.vcpu.PinResult;
import xsh.toolstack.vcpu.Vcpus;

/**
 * {@code vcpu-pin [-f] [-i] DOMAIN VCPU|all HARD|-|all [SOFT|-|all]}. Under the global dry run
 * (xl's {@code -N}) it prints {@code cpumap: HARD [SOFT]} and changes nothing.
 */
@ChangesState
@Command(name = "vcpu-pin", mixinStandardHelpOptions = true,
        description = {
            "Set the pCPUs a vcpu may run on (hard affinity) and prefers (soft affinity).",
            "A CPU list is like 0-3,^1 or node:0 or all; '-' leaves that affinity as it is.",
        })
public final class VcpuPinCommand implements Callable<Integer> {

    @Option(names = {"-f", "--force"}, description = "Set the affinity even where it reaches no pCPU of the pool.")
    boolean force;

    @Option(names = {"-i", "--ignore-global-affinity-masks"},
            description = "Ignore xl.conf's vm.cpumask masks (xsh has none, so this changes nothing).")
    boolean ignoreMasks;

    @Mixin
    DomainArgument domain;

    @Parameters(index = "1", paramLabel = "VCPU", description = "A vcpu number, or all.")
    String vcpu;

    @Parameters(index = "2", paramLabel = "HARD", description = "The hard affinity: a CPU list, all, or -.")
    String hard;

    @Parameters(index = "3", paramLabel = "SOFT", arity = "0..1",
            description = "The soft affinity: a CPU list, all, or -.")
    String soft;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        PinResult result = xsh.fromHost(hv -> new Vcpus(hv, xsh.xlCompatible())
                .pin(domain.value(), vcpu, hard, Optional.ofNullable(soft), force, xsh.globals().dryRun()));
        if (xsh.globals().dryRun()) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(dryRunLine(result));
            out.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        result.warnings().forEach(err::println);
        err.flush();
        return 0;
    }

    /** xl's {@code cpumap: HARD|- [SOFT]}: the soft map only when one was given. */
    static String dryRunLine(PinResult r) {
        StringBuilder line = new StringBuilder("cpumap: ");
        line.append(r.hard().map(map -> CpuList.format(map, r.nrCpus())).orElse("-"));
        r.soft().ifPresent(map -> line.append(' ').append(CpuList.format(map, r.nrCpus())));
        return line.append('\n').toString();
    }
}
