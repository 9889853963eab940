package xsh.shell.cpupool;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.hv.CpupoolInfo;
import xsh.shell.XshCommand;
import xsh.toolstack.cpupool.Cpupools;

/** {@code cpupool-list [-c] [--json] [POOL]}: xl's table of pools; POOL is a name. */
@Command(name = "cpupool-list", mixinStandardHelpOptions = true,
        description = "List cpupools: their pCPUs, scheduler and domains; with POOL only that one.")
public final class CpupoolListCommand implements Callable<Integer> {

    @Option(names = {"-c", "--cpus"}, description = "Show the pCPUs of each pool.")
    boolean cpus;

    @Option(names = "--json", description = "A JSON array with one object per pool.")
    boolean json;

    @Parameters(paramLabel = "POOL", arity = "0..1", description = "A cpupool's name.")
    String pool;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        List<CpupoolInfo> pools = xsh.fromHost(
                hv -> new Cpupools(hv, xsh.xlCompatible()).list(Optional.ofNullable(pool)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? JsonWriter.write(CpupoolTable.json(pools), JsonStyle.PRETTY) + "\n"
                : CpupoolTable.render(pools, cpus));
        out.flush();
        return 0;
    }
}
