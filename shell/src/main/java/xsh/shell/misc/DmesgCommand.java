package xsh.shell.misc;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.MayChangeState;
import xsh.toolstack.misc.GuestSignals;

/** {@code dmesg [-c] [--json]}: the hypervisor's console ring, as xl prints it, or its lines as a JSON array. */
@Command(name = "dmesg", mixinStandardHelpOptions = true,
        description = "Print the Xen hypervisor's console ring (its boot messages and what it said since).")
public final class DmesgCommand implements Callable<Integer>, MayChangeState {

    @Option(names = {"-c", "--clear"}, description = "Empty the ring after printing it.")
    boolean clear;

    @Option(names = "--json", description = "A JSON array of the ring's lines.")
    boolean json;

    /** Reads the ring; empties it only with {@code -c}. */
    @Override
    public boolean changesState() {
        return clear;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        String text = xsh.fromHost(hv -> GuestSignals.dmesg(hv, clear));
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? JsonWriter.write(lines(text), JsonStyle.PRETTY) + "\n" : text);
        out.flush();
        return 0;
    }

    /** The ring's lines without their newlines; a last line without one is a line too. */
    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
