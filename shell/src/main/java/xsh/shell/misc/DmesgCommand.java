package xsh.shell.misc;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.toolstack.misc.GuestSignals;

/** {@code dmesg [-c]}: the hypervisor's console ring, as xl prints it. */
@Command(name = "dmesg", mixinStandardHelpOptions = true,
        description = "Print the Xen hypervisor's console ring (its boot messages and what it said since).")
public final class DmesgCommand implements Callable<Integer> {

    @Option(names = {"-c", "--clear"}, description = "Empty the ring after printing it.")
    boolean clear;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text = XshCommand.of(spec).fromHost(hv -> GuestSignals.dmesg(hv, clear));
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }
}
