package xsh.shell.misc;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.hv.DomainInfo;
import xsh.shell.XshCommand;
import xsh.shell.render.CText;

/**
 * {@code vm-list}: every domain's uuid, domid and name (§2.9), the name padded to 30 as xl
 * pads it. Domain-0 is there too, as in xl.
 */
@Command(name = "vm-list", mixinStandardHelpOptions = true, description = "List the domains' UUIDs, domids and names.")
public final class VmListCommand implements Callable<Integer> {

    static final String HEADER = "UUID                                  ID    name";

    @Option(names = "--json", description = "A JSON array of {uuid, domid, name}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        List<DomainInfo> domains = xsh.fromHost(hv -> hv.domains());
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? JsonWriter.write(json(domains), JsonStyle.PRETTY) + "\n" : text(domains));
        out.flush();
        return 0;
    }

    static String text(List<DomainInfo> domains) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (DomainInfo d : domains) {
            out.append(d.uuid()).append("  ").append(d.domid()).append("    ")
                    .append(CText.padRight(d.name(), 30)).append('\n');
        }
        return out.toString();
    }

    private static List<Map<String, Object>> json(List<DomainInfo> domains) {
        return domains.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("uuid", d.uuid().toString());
            m.put("domid", d.domid());
            m.put("name", d.name());
            return m;
        }).toList();
    }
}
