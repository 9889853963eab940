package xsh.shell.checkpoint;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointCatalog;
import xsh.toolstack.checkpoint.CheckpointReference;

/** {@code checkpoint delete ID}: a checkpoint's image, config and snapshots, and its entry. */
@ChangesState
@Command(name = "delete", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Delete a checkpoint: its image, its config, its snapshots, then its entry in the catalog.",
            "A snapshot with a clone (a restored checkpoint's disks) is refused by zfs; the checkpoint then stays.",
        })
public final class CheckpointDeleteCommand implements Callable<Integer> {

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
            Checkpoint checkpoint = reference.find(catalog);
            catalog.delete(checkpoint.id());
            out.println("deleted checkpoint " + checkpoint.reference());
        }
        out.flush();
        return 0;
    }
}
