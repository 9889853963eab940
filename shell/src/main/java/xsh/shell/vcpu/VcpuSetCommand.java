package xsh.shell.vcpu;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.vcpu.Vcpus;

/** {@code vcpu-set [-i] DOMAIN N}: vcpus 0..N-1 online, the rest offline. */
@ChangesState
@Command(name = "vcpu-set", mixinStandardHelpOptions = true,
        description = "Set how many vcpus of a domain are online, up to its maxvcpus.")
public final class VcpuSetCommand implements Callable<Integer> {

    @Option(names = {"-i", "--ignore-host"}, description = "Allow more vcpus than the host has pCPUs.")
    boolean ignoreHost;

    @Mixin
    DomainArgument domain;

    @Parameters(index = "1", paramLabel = "N", description = "The number of vcpus to have online.")
    String count;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        xsh.onHost(hv -> new Vcpus(hv, xsh.xlCompatible()).setOnline(domain.value(), count, ignoreHost));
        return 0;
    }
}
