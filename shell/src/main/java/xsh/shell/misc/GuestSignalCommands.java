package xsh.shell.misc;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.error.MultiLineException;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.misc.GuestSignals;
import xsh.toolstack.misc.InvalidSysrqException;

/**
 * {@code trigger} and {@code sysrq}: one poke at a guest. A refusal by the host is libxl's
 * line and an error; the xl front end prints the line and exits 0, as xl ignores it.
 */
public final class GuestSignalCommands {

    private GuestSignalCommands() {
    }

    /** Runs the call; under xl, a refusal by the host is told but does not fail the command. */
    static int ignoringRefusalUnderXl(CommandSpec spec, IntSupplier call) {
        try {
            return call.getAsInt();
        } catch (InvalidSysrqException e) {
            throw e;
        } catch (MultiLineException e) {
            if (!XshCommand.of(spec).xlCompatible() || e.getCause() == null) {
                throw e;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.lines().get(0));
            err.flush();
            return 0;
        }
    }

    @ChangesState
    @Command(name = "trigger", mixinStandardHelpOptions = true,
            description = "Send a trigger to a domain: nmi, reset, init, power, sleep or s3resume (any case), "
                    + "for vcpu VCPU (default 0).")
    public static final class Trigger implements Callable<Integer> {
        @Mixin
        DomainArgument domain;

        @Parameters(index = "1", paramLabel = "TRIGGER", description = "nmi|reset|init|power|sleep|s3resume")
        String trigger;

        @Parameters(index = "2", arity = "0..1", paramLabel = "VCPU", description = "The vcpu (default 0).")
        String vcpu;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return ignoringRefusalUnderXl(spec, () -> {
                try (Hypervisor hv = XshCommand.of(spec).openHost()) {
                    PrintWriter err = spec.commandLine().getErr();
                    new GuestSignals(hv, XshCommand.of(spec).xlCompatible()).trigger(domain.value(), trigger, Optional.ofNullable(vcpu), line -> {
                        err.println(line);
                        err.flush();
                    });
                }
                return 0;
            });
        }
    }

    @ChangesState
    @Command(name = "sysrq", mixinStandardHelpOptions = true,
            description = "Send a magic SysRq key to a domain's guest (b reboots, o powers off, c crashes, h lists them).")
    public static final class Sysrq implements Callable<Integer> {
        @Mixin
        DomainArgument domain;

        @Parameters(index = "1", paramLabel = "LETTER", description = "One SysRq key.")
        String key;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try {
                return ignoringRefusalUnderXl(spec, () -> {
                    XshCommand.of(spec).onHost(hv -> new GuestSignals(hv, XshCommand.of(spec).xlCompatible()).sysrq(domain.value(), key));
                    return 0;
                });
            } catch (InvalidSysrqException e) {
                PrintWriter err = spec.commandLine().getErr();
                e.lines().forEach(err::println);
                spec.commandLine().usage(err);
                err.flush();
                return e.exitCode();
            }
        }
    }
}
