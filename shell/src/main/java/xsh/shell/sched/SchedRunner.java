package xsh.shell.sched;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.toolstack.sched.PoolSection;
import xsh.toolstack.sched.SchedCredit;
import xsh.toolstack.sched.SchedOptions;
import xsh.toolstack.sched.SchedView;

/** Runs a scheduler command line on the host and prints what it comes to, as text or JSON. */
final class SchedRunner {

    private SchedRunner() {
    }

    static int run(CommandSpec spec, BiFunction<Hypervisor, Boolean, SchedCredit> command, SchedOptions options,
                   boolean jsonOption) {
        XshCommand xsh = XshCommand.of(spec);
        SchedView view;
        SchedCredit sched;
        try (Hypervisor hv = xsh.openHost()) {
            sched = command.apply(hv, xsh.xlCompatible());
            view = sched.run(options);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = xsh.json(jsonOption);
        int exitCode = 0;
        if (view instanceof SchedView.Listing listing) {
            if (json) {
                List<Map<String, Object>> pools = new ArrayList<>();
                for (PoolSection pool : listing.pools()) {
                    pools.add(SchedText.json(sched.scheduler(), pool, true));
                }
                out.print(JsonWriter.write(pools, JsonStyle.PRETTY) + "\n");
            } else {
                out.print(SchedText.listing(sched.scheduler(), listing.pools()));
            }
        } else if (view instanceof SchedView.DomainRow row) {
            if (json) {
                row.row().ifPresent(r -> out.print(JsonWriter.write(SchedText.json(r), JsonStyle.PRETTY) + "\n"));
            } else {
                out.print(SchedText.HEADER + "\n"); // xl prints it before it asks for the domain's values
                row.row().ifPresent(r -> out.print(SchedText.row(r) + "\n"));
            }
            out.flush();
            row.failure().forEach(err::println);
            exitCode = row.failure().isEmpty() ? 0 : 1;
        } else if (view instanceof SchedView.PoolLine line) {
            line.problems().forEach(err::println);
            err.flush();
            out.print(json ? JsonWriter.write(SchedText.json(sched.scheduler(), line.pool(), false), JsonStyle.PRETTY)
                    + "\n" : SchedText.poolLine(sched.scheduler(), line.pool()) + "\n");
        }
        out.flush();
        err.flush();
        return exitCode;
    }
}
