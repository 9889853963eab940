package xsh.shell.checkpoint;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.error.XshException;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;

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
    java.util.List<String> datasets = new java.util.ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where the image and config go (default XSH_HOME/checkpoints/HOST).")
    String dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new XshException("xsh: checkpoint create: not available yet", 1);
    }
}
