package xsh.shell.domain;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.vmcontrol.VmControl;

/**
 * {@code pause}, {@code unpause}, {@code destroy} and {@code rename}: one domain, one call, as
 * in xl's {@code xl_vmcontrol.c}. Quiet on success; a failure is libxl's line and xl's. Under
 * the xl front end a failed pause or unpause is libxl's line alone, and exits 0, as in xl.
 */
public final class VmControlCommands {

    private VmControlCommands() {
    }

    /** Opens the host, runs the call, closes the host. */
    static int onHost(CommandSpec spec, Consumer<VmControl> call) {
        XshCommand.of(spec).onHost(hv -> call.accept(new VmControl(hv, XshCommand.of(spec).xlCompatible())));
        return 0;
    }

    /** Pause or unpause: xsh's call, or under the xl front end xl's, which only logs libxl's failure. */
    static int pauseOrUnpause(CommandSpec spec, String domain, BiConsumer<VmControl, String> call,
                              BiFunction<VmControl, String, VmControl.LoggedCall> asXl) {
        if (!XshCommand.of(spec).xlCompatible()) {
            return onHost(spec, control -> call.accept(control, domain));
        }
        PrintWriter err = spec.commandLine().getErr();
        return onHost(spec, control -> asXl.apply(control, domain).libxlError().ifPresent(line -> {
            err.println(line);
            err.flush();
        }));
    }

    @ChangesState
    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Pause a domain. Pauses nest: each needs an unpause. "
                    + "Unlike xl, a pause that fails is an error.")
    public static final class Pause implements Callable<Integer> {
        @Mixin
        DomainArgument domain;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return pauseOrUnpause(spec, domain.value(), VmControl::pause, VmControl::pauseAsXl);
        }
    }

    @ChangesState
    @Command(name = "unpause", mixinStandardHelpOptions = true,
            description = "Undo one pause of a domain. Unlike xl, an unpause that fails is an error.")
    public static final class Unpause implements Callable<Integer> {
        @Mixin
        DomainArgument domain;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return pauseOrUnpause(spec, domain.value(), VmControl::unpause, VmControl::unpauseAsXl);
        }
    }

    @ChangesState
    @Command(name = "destroy", mixinStandardHelpOptions = true,
            description = "Terminate a domain immediately, in whatever state it is.")
    public static final class Destroy implements Callable<Integer> {
        @Option(names = "-f", description = "Allow destroying Domain-0.")
        boolean force;

        @Mixin
        DomainArgument domain;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return onHost(spec, control -> control.destroy(domain.value(), force));
        }
    }

    @ChangesState
    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a domain.")
    public static final class Rename implements Callable<Integer> {
        @Mixin
        DomainArgument domain;

        @Parameters(index = "1", paramLabel = "NEW_NAME", description = "The new name.")
        String newName;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return onHost(spec, control -> control.rename(domain.value(), newName));
        }
    }
}
