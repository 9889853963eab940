package xsh.shell.misc;

import java.io.PrintWriter;
import java.time.ZoneId;
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
import xsh.toolstack.info.Uptimes;

/** {@code uptime [-s] [--json] [DOMAIN...]}: how long the host and its domains have run. */
@Command(name = "uptime", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show how long domains have been up, as xl uptime does; Domain-0's is the host's.")
public final class UptimeCommand implements Callable<Integer> {

    @Option(names = "-s", description = "One short line per domain, as uptime(1) prints.")
    boolean shortMode;

    @Option(names = "--json", description = "A JSON array of {name, domid, uptime_seconds}.")
    boolean json;

    @Parameters(paramLabel = "DOMAIN", arity = "0..*", description = "Domain names or domids (default: all).")
    List<String> domains = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        Uptimes.Report report = xsh.fromHost(hv -> Uptimes.of(hv, domains));
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? JsonWriter.write(UptimeText.json(report), JsonStyle.PRETTY) + "\n"
                : UptimeText.render(report, shortMode, ZoneId.systemDefault()));
        out.flush();
        return 0;
    }
}
