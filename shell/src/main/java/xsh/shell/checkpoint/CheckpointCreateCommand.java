package xsh.shell.checkpoint;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;
import xsh.shell.render.ByteUnits;
import xsh.shell.saverestore.ProgressLine;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointRequest;
import xsh.toolstack.checkpoint.CheckpointTaker;
import xsh.toolstack.checkpoint.SqliteCheckpointCatalog;

/** {@code checkpoint create DOMAIN [--dataset DS]... [--dir DIR]}. */
@ChangesState
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Checkpoint a domain: save its memory to an image (as save -p), snapshot the datasets holding "
                + "its disks at one instant, and let it run on; the image's checksum and the domain's config "
                + "are written afterwards, outside the pause.",
            "Whatever fails, a domain that was running is running again, and nothing of the checkpoint is left.",
        })
public final class CheckpointCreateCommand implements Callable<Integer> {

    @Mixin
    DomainArgument domain;

    @Option(names = "--dataset", paramLabel = "DS",
            description = "A dataset to snapshot (repeatable); by default those holding the domain's disks.")
    List<String> datasets = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where the image and config go (default XSH_HOME/checkpoints/HOST).")
    String dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        Checkpoint checkpoint;
        try (Hypervisor hv = xsh.openHost();
             SqliteCheckpointCatalog catalog = CheckpointHost.sqliteCatalog(xsh, hv);
             ProgressLine progress = ProgressLine.onStderr(spec.commandLine().getErr())) {
            Path directory = dir == null ? CheckpointHost.defaultImageDirectory(xsh, hv) : Path.of(dir);
            checkpoint = new CheckpointTaker(hv, catalog)
                    .take(new CheckpointRequest(domain.value(), datasets, directory), progress);
        }
        out.println(summary(checkpoint));
        out.flush();
        return 0;
    }

    /** {@code checkpoint debian@1552572976: 256 MiB image, zroot/debian@1552572976, paused 412 ms}. */
    static String summary(Checkpoint c) {
        return "checkpoint " + c.reference() + ": " + ByteUnits.trimmed(c.imageBytes()) + " image, "
                + String.join(", ", c.snapshots()) + ", paused " + c.pauseMillis() + " ms";
    }
}
