package xsh.shell.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.render.Terminals;
import xsh.toolstack.console.ConsoleSession;
import xsh.toolstack.console.ConsoleType;
import xsh.toolstack.domain.DomainResolver;

/**
 * {@code console [-t pv|serial|vuart] [-n NUM] DOMAIN}: the domain's console output so far;
 * at a terminal it then follows the guest's output until Ctrl-] or the domain stops.
 * Piped, it prints what there is and exits 0. On a real Dom0 it is xl's own console, with
 * xl's exit code.
 */
@Command(name = "console", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show a domain's console, as xl console does.",
            "At a terminal, new output follows until Ctrl-] or the domain stops; otherwise the output so far."})
public final class ConsoleCommand implements Callable<Integer> {

    @Option(names = "-t", paramLabel = "pv|serial|vuart", description = "Which console (default: the primary one).")
    String type;

    @Option(names = "-n", paramLabel = "NUM", description = "The console's number (default 0).")
    String number;

    @Mixin
    DomainArgument domain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<ConsoleType> consoleType = Optional.ofNullable(type).map(ConsoleType::of);
        int num = number == null ? 0 : ConsoleSession.number(number);
        try (Hypervisor hv = XshCommand.of(spec).openHost()) {
            if (hv.nativeToolstack().isPresent()) {
                return NativeConsole.run(hv.nativeToolstack().get(), DomainResolver.resolve(hv, domain.value()),
                        consoleType, num, spec.commandLine().getOut());
            }
            attach(spec, hv, ConsoleSession.attach(hv, domain.value(), consoleType, num));
        }
        return 0;
    }

    /** Shows the session: followed at a terminal, printed once otherwise. Also for {@code create -c}. */
    public static void attach(CommandSpec spec, Hypervisor hv, ConsoleSession session) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleFollower.printNew(session, out);
        if (Terminals.standardStreamsAreTerminals()) {
            ConsoleFollower.follow(session, out);
        }
    }

    /** {@code create -c}: the new domain's primary console. */
    public static void attachPrimary(CommandSpec spec, Hypervisor hv, int domid) throws IOException {
        if (hv.nativeToolstack().isPresent()) {
            NativeConsole.run(hv.nativeToolstack().get(), domid, Optional.empty(), 0, spec.commandLine().getOut());
            return;
        }
        attach(spec, hv, ConsoleSession.attach(hv, Integer.toUnsignedString(domid), Optional.empty(), 0));
    }
}
