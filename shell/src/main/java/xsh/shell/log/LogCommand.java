package xsh.shell.log;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.error.XshException;
import xsh.hv.dom0.DomainLogs;
import xsh.hv.dom0.DomainLogs.DomainLog;
import xsh.shell.XshCommand;

/**
 * {@code log DOMAIN [-n LINES]}: the Dom0's {@code xl-NAME.log} then {@code qemu-dm-NAME.log},
 * each under a {@code ==> FILE <==} header as tail(1) heads several files; a missing one is a
 * line saying so, and neither there is an error.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {
            "Show a domain's logs on its Dom0: xl's monitor's xl-NAME.log (shutdowns and the on_* actions taken), "
                + "then the device model's qemu-dm-NAME.log. The domain need not exist any more.",
            "Exit status: 1 when the host has neither log of that name.",
        })
public final class LogCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DOMAIN", description = "A domain name (or a live domain's domid).")
    String domain;

    @Option(names = {"-n", "--lines"}, paramLabel = "LINES", description = "Only the last LINES lines of each log.")
    Integer lines;

    @Option(names = "--json", description = "A JSON array of {file, exists, lines}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (lines != null && lines < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--lines': " + lines
                    + " is not 0 or more");
        }
        XshCommand xsh = XshCommand.of(spec);
        List<DomainLog> logs = xsh.fromHost(hv -> DomainLogs.read(hv, domain));
        if (logs.stream().allMatch(l -> l.text().isEmpty())) {
            throw new XshException("log: no logs of '" + domain + "': neither " + logs.get(0).path() + " nor "
                    + logs.get(1).path() + " exists", 1);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? json(logs) : text(logs));
        out.flush();
        return 0;
    }

    private List<String> linesOf(String text) {
        return DomainLogs.lastLines(text, lines == null ? Integer.MAX_VALUE : lines);
    }

    String text(List<DomainLog> logs) {
        StringBuilder text = new StringBuilder();
        for (DomainLog log : logs) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            if (log.text().isEmpty()) {
                text.append(log.path()).append(": no such file\n");
                continue;
            }
            text.append("==> ").append(log.path()).append(" <==\n");
            linesOf(log.text().get()).forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    String json(List<DomainLog> logs) {
        List<Map<String, Object>> array = logs.stream().map(log -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", log.path());
            o.put("exists", log.text().isPresent());
            o.put("lines", log.text().map(this::linesOf).orElse(List.of()));
            return o;
        }).toList();
        return JsonWriter.write(array, JsonStyle.PRETTY) + "\n";
    }
}
