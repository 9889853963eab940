package xsh.shell.checkpoint;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import xsh.shell.render.ByteUnits;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointCatalog;
import xsh.toolstack.checkpoint.CheckpointReference;

/** {@code checkpoint show [--json] ID}: one checkpoint, every field on its own line. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show one checkpoint: its files, snapshots, checksum, pause window and state.")
public final class CheckpointShowCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    @Option(names = "--json", description = "One JSON object, with the fields of checkpoint list --json.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The checkpoint: 1552572976, @1552572976 or DOMAIN@1552572976.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        CheckpointReference reference = CheckpointReference.parse(id);
        PrintWriter out = spec.commandLine().getOut();
        try (Hypervisor hv = xsh.openHost(); CheckpointCatalog catalog = CheckpointHost.catalog(xsh, hv)) {
            CheckpointRow row = CheckpointRows.seen(hv, List.of(reference.find(catalog))).get(0);
            out.print(xsh.json(json) ? JsonWriter.write(CheckpointJson.of(row), JsonStyle.PRETTY) + "\n"
                    : render(row, ZoneId.systemDefault()));
        }
        out.flush();
        return 0;
    }

    static String render(CheckpointRow row, ZoneId zone) {
        Checkpoint c = row.checkpoint();
        return "checkpoint " + c.reference() + "\n"
                + "  taken:     " + TIME.format(c.taken().atZone(zone)) + "\n"
                + "  image:     " + c.image() + " (" + ByteUnits.trimmed(c.imageBytes()) + ", " + c.imageBytes() + " bytes)\n"
                + "  sha256:    " + c.imageSha256() + "\n"
                + "  config:    " + c.config() + "\n"
                + "  snapshots: " + (c.snapshots().isEmpty() ? "-" : String.join(" ", c.snapshots())) + "\n"
                + "  paused:    " + c.pauseMillis() + " ms\n"
                + "  state:     " + row.state() + "\n";
    }
}
