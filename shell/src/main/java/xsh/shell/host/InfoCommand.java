package xsh.shell.host;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.hv.HostInfo;
import xsh.shell.XshCommand;
import xsh.toolstack.info.HostField;
import xsh.toolstack.info.HostFields;
import xsh.toolstack.info.NumaTables;

/**
 * {@code info [-n] [--json] [PREFIX]}: xl's {@code key : value} lines in xl's order; with PREFIX,
 * as xl, only the values of the lines that start with it ({@code info free} prints
 * free_memory's and free_cpus' values). {@code -n} adds xl's topology and NUMA tables after
 * the physical facts (and, as in xl, ignores PREFIX). The JSON object has xl's keys and typed
 * values, the tables as arrays.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the host as xl info does; with PREFIX only the values of the fields it starts.")
public final class InfoCommand implements Callable<Integer> {

    @Option(names = {"-n", "--numa"}, description = "Add the CPU topology, device topology and NUMA node tables.")
    boolean numa;

    @Option(names = "--json", description = "A JSON object of xl's fields (see the README).")
    boolean json;

    @Parameters(paramLabel = "PREFIX", arity = "0..1", description = "Show only the fields whose name starts so.")
    String prefix;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        HostInfo host = xsh.fromHost(hv -> hv.hostInfo());
        List<HostField> fields = HostFields.of(host);
        if (numa) {
            prefix = null; // xl only filters without -n
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? json(fields, host) : text(fields, host));
        out.flush();
        return 0;
    }

    String text(List<HostField> fields, HostInfo host) {
        StringBuilder text = new StringBuilder();
        for (HostField field : fields) {
            if (prefix == null) {
                text.append(field.xlLine()).append('\n');
            } else {
                field.valueIfSelectedBy(prefix).ifPresent(value -> text.append(value).append('\n'));
            }
            if (numa && field.key().equals(HostFields.LAST_PHYSICAL_FIELD)) {
                text.append(NumaTables.text(host));
            }
        }
        return text.toString();
    }

    String json(List<HostField> fields, HostInfo host) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (HostField field : fields) {
            if (prefix == null || field.key().startsWith(prefix)) {
                object.put(field.key(), field.value());
            }
            if (numa && field.key().equals(HostFields.LAST_PHYSICAL_FIELD)) {
                object.putAll(NumaTables.json(host));
            }
        }
        return JsonWriter.write(object, JsonStyle.PRETTY) + "\n";
    }
}
