package xsh.shell.saverestore;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.saverestore.RestoreOptions;
import xsh.toolstack.saverestore.Restorer;

/**
 * {@code restore [-p] [-e] [-d] [CONFIG] FILE}: as {@code xl restore}, with xl's lines on
 * stderr, and a progress line while the image is verified and loaded when stderr is a
 * terminal.
 */
@ChangesState
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Restore a domain from a save image, as xl restore does: the same name, a new domid "
                + "(the saved one if it was saved with -D).",
            "CONFIG replaces the configuration stored in the image (e.g. a disk line pointing at a clone). "
                + "The image is verified, checksums included, before anything is built.",
        })
public final class RestoreCommand implements Callable<Integer> {

    @Option(names = "-p", description = "Leave the domain paused after it is restored.")
    boolean paused;

    @Option(names = "-e", description = "No monitor: when the guest stops, its on_* action does not run "
            + "and the domain stays shut down until it is destroyed.")
    boolean noMonitor;

    @Option(names = "-F", description = "Run the monitor in the foreground (accepted: the host runs it).")
    boolean foreground;

    @Option(names = "-d", description = "Print the domain's configuration, as libxl JSON, on stderr.")
    boolean debug;

    @Parameters(arity = "1..2", paramLabel = "[CONFIG] FILE",
            description = "An xl.cfg file to use instead of the image's configuration, then the save image.")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (words.isEmpty() || words.size() > 2) {
            throw new ParameterException(spec.commandLine(), "restore takes [CONFIG] FILE");
        }
        Optional<String> config = words.size() == 2 ? Optional.of(words.get(0)) : Optional.empty();
        RestoreOptions options = new RestoreOptions(config, words.get(words.size() - 1), paused, debug, !noMonitor);
        PrintWriter err = spec.commandLine().getErr();
        XshCommand xsh = XshCommand.of(spec);
        try (Hypervisor hv = xsh.openHost(); ProgressLine progress = ProgressLine.onStderr(err)) {
            new Restorer(hv, xsh.xlCompatible()).restore(options, progress::tell, progress);
        }
        return 0;
    }
}
