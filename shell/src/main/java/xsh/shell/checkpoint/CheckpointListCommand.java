package xsh.shell.checkpoint;

import java.io.PrintWriter;
import java.time.ZoneId;
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
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.toolstack.checkpoint.CheckpointCatalog;

/** {@code checkpoint list [--json] [DOMAIN]}: the host's checkpoints, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "List the host's checkpoints, oldest first: id, domain, when taken, image size, snapshots, "
                + "config, how long the domain was paused, and state.",
            "State is ok, or what is missing (image, config, snapshot); checkpoint verify also re-reads images.",
        })
public final class CheckpointListCommand implements Callable<Integer> {

    @Option(names = "--json", description = "A JSON array of {id, domain, taken, image, bytes, snapshot, "
            + "config, pause_ms, state, ...}.")
    boolean json;

    @Parameters(paramLabel = "DOMAIN", arity = "0..1", description = "Only this domain's checkpoints (its name).")
    String domain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (Hypervisor hv = xsh.openHost(); CheckpointCatalog catalog = CheckpointHost.catalog(xsh, hv)) {
            List<CheckpointRow> rows = CheckpointRows.seen(hv, catalog.list(Optional.ofNullable(domain)));
            out.print(xsh.json(json) ? JsonWriter.write(CheckpointJson.of(rows), JsonStyle.PRETTY) + "\n"
                    : CheckpointTable.render(rows, ZoneId.systemDefault(), xsh.globals().colour()));
        }
        out.flush();
        return 0;
    }
}
