package xsh.shell.domain;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.render.Terminals;
import xsh.toolstack.info.DomainListing;

/** {@code list [-v] [-c] [--json] [DOMAIN]}: xl's table, byte for byte when not on a terminal. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List domains as xl list does; with DOMAIN only that one.")
public final class ListCommand implements Callable<Integer> {

    @Option(names = {"-v", "--verbose"}, description = "Add the UUID, the shutdown reason and the security label.")
    boolean verbose;

    @Option(names = {"-c", "--cpupool"}, description = "Add each domain's cpupool.")
    boolean cpupool;

    @Option(names = "--json", description = "A JSON array of domains (see the README for its schema).")
    boolean json;

    @Parameters(paramLabel = "DOMAIN", arity = "0..1", description = "A domain name or domid.")
    String domain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        List<DomainInfo> domains;
        try (Hypervisor hv = xsh.openHost()) {
            domains = DomainListing.list(hv, Optional.ofNullable(domain));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (xsh.json(json)) {
            out.print(JsonWriter.write(DomainJson.of(domains), JsonStyle.PRETTY) + "\n");
        } else {
            out.print(DomainTable.render(domains, new DomainTable.Columns(verbose, cpupool), colour()));
        }
        out.flush();
        return 0;
    }

    /** Colours only for a person: piped output must be xl's bytes. */
    private boolean colour() {
        return spec.commandLine().getColorScheme().ansi().enabled() && Terminals.standardStreamsAreTerminals();
    }
}
