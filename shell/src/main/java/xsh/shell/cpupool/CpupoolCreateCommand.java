package xsh.shell.cpupool;

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
import xsh.shell.dryrun.MayChangeState;
import xsh.toolstack.cpupool.CpupoolCreator;
import xsh.toolstack.cpupool.PlannedCpupool;

/**
 * {@code cpupool-create [-f FILE] [-n] [FILE] [KEY=VALUE...]}: as xl, the pool's name,
 * scheduler and pCPU count on stdout, then the pool is created; with {@code -n} (or the
 * global dry run) only the lines.
 */
@Command(name = "cpupool-create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Create a cpupool from a config file (name, sched, cpus or nodes) and KEY=VALUE settings.",
            "Without a file, the settings alone are the config.",
        })
public final class CpupoolCreateCommand implements Callable<Integer>, MayChangeState {

    @Option(names = {"-f", "--defconfig"}, paramLabel = "FILE", description = "The config file.")
    String defconfig;

    @Option(names = {"-n", "--dryrun"}, description = "Show the pool that would be created, and create nothing.")
    boolean dryRun;

    /** With {@code -n} it only shows the pool it would make. */
    @Override
    public boolean changesState() {
        return !dryRun;
    }

    @Parameters(paramLabel = "FILE|KEY=VALUE", arity = "0..*",
            description = "The config file (unless -f), and settings that override it.")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<String> file = Optional.ofNullable(defconfig);
        List<String> settings = new ArrayList<>();
        for (String word : words) {
            if (word.indexOf('=') >= 0) {
                settings.add(word);
            } else if (file.isEmpty()) {
                file = Optional.of(word);
            } else {
                throw new ParameterException(spec.commandLine(),
                        "cpupool-create takes one config file, not '" + file.get() + "' and '" + word + "'");
            }
        }
        XshCommand xsh = XshCommand.of(spec);
        try (Hypervisor hv = xsh.openHost()) {
            CpupoolCreator creator = new CpupoolCreator(hv, XshCommand.of(spec).xlCompatible());
            PlannedCpupool planned = creator.plan(file, settings);
            PrintWriter err = spec.commandLine().getErr();
            planned.warnings().forEach(err::println);
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            planned.plan().xlLines().forEach(out::println);
            out.flush();
            if (!dryRun && !xsh.globals().dryRun()) {
                creator.create(planned.plan());
            }
        }
        return 0;
    }
}
