package xsh.shell.domain;

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
import xsh.hv.ShutdownRequest;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.vmcontrol.GracefulShutdown;
import xsh.toolstack.vmcontrol.ShutdownOptions;
import xsh.toolstack.vmcontrol.Sleeper;

/**
 * {@code shutdown} and {@code reboot}: the same options and the same steps, told on stderr as
 * xl tells them ({@code Shutting down domain 5}, {@code Waiting for 1 domains}, ...).
 */
public final class ShutdownCommands {

    private ShutdownCommands() {
    }

    /** The options both commands share. */
    public static final class Choice {
        @Option(names = {"-a", "--all"}, description = "Every domain but Domain-0.")
        boolean all;

        @Option(names = {"-w", "--wait"},
                description = "Wait until each domain has shut down or is gone; given twice (-ww), until it is gone.")
        boolean[] waits = {};

        @Option(names = "-F", description = "To a guest without PV drivers, send the ACPI event instead.")
        boolean acpiFallback;

        @Parameters(paramLabel = "DOMAIN", arity = "0..1", description = "A domain name or domid.")
        String domain;

        ShutdownOptions options(ShutdownRequest request) {
            return ShutdownOptions.of(request).all(all)
                    .waitFor(ShutdownOptions.Wait.ofCount(waits.length)).acpiFallback(acpiFallback);
        }

        int run(CommandSpec spec, ShutdownRequest request) {
            PrintWriter err = spec.commandLine().getErr();
            ShutdownOptions options = options(request);
            try (Hypervisor hv = XshCommand.of(spec).openHost()) {
                new GracefulShutdown(hv, line -> {
                    err.println(line);
                    err.flush();
                }, Sleeper.REAL, XshCommand.of(spec).xlCompatible()).run(Optional.ofNullable(domain), options);
            }
            return 0;
        }
    }

    @ChangesState
    @Command(name = "shutdown", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Ask a domain (with -a, every domain but Domain-0) to power off.")
    public static final class Shutdown implements Callable<Integer> {
        @Mixin
        Choice choice;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return choice.run(spec, ShutdownRequest.POWEROFF);
        }
    }

    @ChangesState
    @Command(name = "reboot", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Ask a domain (with -a, every domain but Domain-0) to reboot.")
    public static final class Reboot implements Callable<Integer> {
        @Mixin
        Choice choice;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return choice.run(spec, ShutdownRequest.REBOOT);
        }
    }
}
