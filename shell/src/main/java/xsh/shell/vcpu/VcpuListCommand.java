package xsh.shell.vcpu;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.shell.XshCommand;
import xsh.toolstack.vcpu.VcpuListing;
import xsh.toolstack.vcpu.Vcpus;

/** {@code vcpu-list [--json] [DOMAIN...]}: xl's table of every vcpu, byte for byte. */
@Command(name = "vcpu-list", mixinStandardHelpOptions = true,
        description = "List the vcpus of domains (all of them without DOMAIN): the pCPU each runs on, "
                + "its state, its cpu time and its hard and soft affinity.")
public final class VcpuListCommand implements Callable<Integer> {

    @Option(names = "--json", description = "A JSON array with one object per vcpu.")
    boolean json;

    @Parameters(paramLabel = "DOMAIN", arity = "0..*", description = "Domain names or domids.")
    List<String> domains = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        VcpuListing listing = xsh.fromHost(hv -> new Vcpus(hv, xsh.xlCompatible()).list(domains));
        PrintWriter err = spec.commandLine().getErr();
        listing.problems().forEach(err::println);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? JsonWriter.write(VcpuTable.json(listing), JsonStyle.PRETTY) + "\n"
                : VcpuTable.render(listing));
        out.flush();
        if (listing.stop().isPresent()) {
            throw listing.stop().get(); // as xl, after the rows of the domains before it
        }
        return 0;
    }
}
