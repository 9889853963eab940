package xsh.shell.domain;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.hv.CpupoolInfo;
import xsh.hv.DomainInfo;
import xsh.hv.HostInfo;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.toolstack.info.DomainListing;
import xsh.toolstack.info.LibxlConfigs;
import xsh.toolstack.info.NumaTables;

/**
 * {@code list [-l] [-v] [-Z] [-c] [-n] [--json] [DOMAIN]}: xl's table, byte for byte when not
 * on a terminal; with {@code -l} xl's JSON array of each domain's libxl configuration
 * (Domain-0, which has none, left out), in yajl's layout.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List domains as xl list does; with DOMAIN only that one.")
public final class ListCommand implements Callable<Integer> {

    @Option(names = {"-l", "--long"}, description = "Each domain's configuration, as libxl's JSON (as xl list -l).")
    boolean longFormat;

    @Option(names = {"-v", "--verbose"}, description = "Add the UUID, the shutdown reason and the security label.")
    boolean verbose;

    @Option(names = {"-Z", "--context"}, description = "Add the security label (always - : no XSM policy).")
    boolean context;

    @Option(names = {"-c", "--cpupool"}, description = "Add each domain's cpupool.")
    boolean cpupool;

    @Option(names = {"-n", "--numa"}, description = "Add the NUMA nodes each domain's memory is placed on.")
    boolean numa;

    @Option(names = "--json", description = "A JSON array of domains (see the README for its schema).")
    boolean json;

    @Parameters(paramLabel = "DOMAIN", arity = "0..1", description = "A domain name or domid.")
    String domain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (Hypervisor hv = xsh.openHost()) {
            List<DomainInfo> domains = DomainListing.list(hv, Optional.ofNullable(domain));
            if (longFormat) {
                out.print(JsonWriter.write(LibxlConfigs.listLong(hv, domains), JsonStyle.LIBXL) + "\n");
            } else if (xsh.json(json)) {
                out.print(JsonWriter.write(DomainJson.of(domains), JsonStyle.PRETTY) + "\n");
            } else {
                DomainTable.Columns columns = new DomainTable.Columns(verbose, cpupool, context, numa);
                out.print(DomainTable.render(domains, columns, numa ? nodeAffinity(hv, domains) : Map.of(),
                        xsh.globals().colour()));
            }
        }
        out.flush();
        return 0;
    }

    private static Map<Integer, String> nodeAffinity(Hypervisor hv, List<DomainInfo> domains) {
        HostInfo host = hv.hostInfo();
        List<CpupoolInfo> pools = hv.cpupools();
        Map<Integer, String> nodes = new HashMap<>();
        for (DomainInfo d : domains) {
            nodes.put(d.domid(), NumaTables.nodeAffinityText(hv, host, pools, d.domid(), d.pool()));
        }
        return nodes;
    }
}
