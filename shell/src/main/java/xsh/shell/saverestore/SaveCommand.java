package xsh.shell.saverestore;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.saverestore.SaveMode;
import xsh.toolstack.saverestore.SaveRequest;
import xsh.toolstack.saverestore.Saver;

/**
 * {@code save [-c] [-p] [-D] DOMAIN FILE [CONFIG]}: as {@code xl save}, with xl's
 * {@code Saving to FILE new xl format (info ...)} on stderr, and a progress line while the
 * memory is written when stderr is a terminal.
 */
@ChangesState
@Command(name = "save", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Save a domain's state to FILE, as xl save does: the domain is destroyed afterwards "
                + "unless -c or -p is given.",
            "FILE appears only once it is complete (written beside it, synced, renamed); if the save fails "
                + "the domain is resumed. The image carries checksums that restore verifies.",
        })
public final class SaveCommand implements Callable<Integer> {

    @Option(names = "-c", description = "Leave the domain running after saving it (a checkpoint).")
    boolean checkpoint;

    @Option(names = "-p", description = "Leave the domain paused after saving it; unpause runs it on.")
    boolean leavePaused;

    @Option(names = "-D", description = "Store the domain's id in the image, so restore asks for the same id.")
    boolean preserveDomid;

    @Mixin
    DomainArgument domain;

    @Parameters(index = "1", paramLabel = "FILE", description = "The save image to write.")
    String file;

    @Parameters(index = "2", arity = "0..1", paramLabel = "CONFIG",
            description = "An xl.cfg file to store in the image instead of the domain's configuration.")
    String config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SaveRequest request = new SaveRequest(domain.value(), file, Optional.ofNullable(config),
                SaveMode.of(checkpoint, leavePaused), preserveDomid);
        try (Hypervisor hv = XshCommand.of(spec).openHost(); ProgressLine progress = ProgressLine.onStderr(err)) {
            new Saver(hv).save(request, progress::tell, progress);
        }
        return 0;
    }
}
