package xsh.shell.checkpoint;

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
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.toolstack.checkpoint.CheckpointCatalog;

/**
 * {@code checkpoint verify [--json] [DOMAIN]}: re-reads every image against its checksum and
 * looks for its config and snapshots; exit 1 when any checkpoint has a problem.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Check the host's checkpoints: each image's SHA-256 against the one taken, and its config "
                + "and snapshots present. One line per checkpoint: ok, or its problems.",
            "Exit status 1 when any checkpoint has a problem.",
        })
public final class CheckpointVerifyCommand implements Callable<Integer> {

    @Option(names = "--json", description = "A JSON array, as checkpoint list --json, states from the full check.")
    boolean json;

    @Parameters(paramLabel = "DOMAIN", arity = "0..1", description = "Only this domain's checkpoints (its name).")
    String domain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        List<CheckpointRow> rows;
        try (Hypervisor hv = xsh.openHost(); CheckpointCatalog catalog = CheckpointHost.catalog(xsh, hv)) {
            rows = CheckpointRows.verified(hv, catalog.list(Optional.ofNullable(domain)));
        }
        if (xsh.json(json)) {
            out.print(JsonWriter.write(CheckpointJson.of(rows), JsonStyle.PRETTY) + "\n");
        } else {
            for (CheckpointRow row : rows) {
                out.println(row.checkpoint().reference() + ": " + row.state());
            }
        }
        out.flush();
        return rows.stream().allMatch(CheckpointRow::ok) ? 0 : 1;
    }
}
