package xsh.shell.domain;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.libxl.LibxlConfigJson;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.info.LibxlConfigs;
import xsh.toolstack.vmcontrol.ConfigFileReader;
import xsh.toolstack.vmcontrol.ConfigTyper;
import xsh.toolstack.vmcontrol.TypedConfig;

/**
 * {@code config-update DOMAIN [FILE] [KEY=VALUE...]}: as {@code xl config-update}, the
 * configuration a running domain is rebuilt from on reboot (and saved and migrated with) is
 * replaced; the domain itself is not touched. The file and settings are read as {@code create}
 * reads them ({@code /dev/null} for settings alone). xl's warning comes first whatever happens,
 * then {@code setting domN configuration}; {@code -d} (or xl's global {@code -N}, which stores
 * nothing) prints libxl's JSON of the new configuration on stdout.
 */
@ChangesState
@Command(name = "config-update", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Replace the configuration a running domain is rebuilt from after a reboot, as xl config-update does.",
            "KEY=VALUE settings are appended to the file, one per line, so they override it.",
        })
public final class ConfigUpdateCommand implements Callable<Integer> {

    static final String WARNING = "WARNING: xl now has better capability to manage domain configuration, "
            + "avoid using this command when possible";

    /** xl's exit code when no file is given: plain exit(1), not libxl's code. */
    private static final int NO_FILE_EXIT = 1;

    @Option(names = {"-f", "--defconfig"}, paramLabel = "FILE", description = "The configuration file.")
    String configFile;

    @Option(names = "-d", description = "Also print libxl's JSON of the new configuration on stdout.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "Accepted, as xl accepts it: it changes nothing.")
    boolean quiet;

    @Mixin
    DomainArgument domain;

    @Parameters(index = "1..*", paramLabel = "FILE|KEY=VALUE", arity = "0..*",
            description = "The configuration file, and settings that override it.")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(WARNING);
        err.flush();
        XshCommand xsh = XshCommand.of(spec);
        try (Hypervisor hv = xsh.openHost()) {
            int domid = DomainResolver.resolve(hv, domain.value());
            TypedConfig typed = ConfigTyper.type(ConfigFileReader.read(Optional.of(file()), overrides()));
            typed.warnings().forEach(warning -> err.println(warning.render()));
            err.flush();
            boolean onlyPrint = xsh.globals().dryRun();
            if (debug || onlyPrint) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(LibxlConfigJson.render(typed.definition().config(), LibxlConfigs.hostFacts(hv.hostInfo()),
                        UUID::randomUUID));
                out.flush();
            }
            if (!onlyPrint) {
                err.println("setting dom" + domid + " configuration");
                err.flush();
                hv.updateDefinition(domid, typed.definition());
            }
        }
        return 0;
    }

    /** {@code -f}'s file, else the one word without {@code =}. */
    private String file() {
        Optional<String> file = Optional.ofNullable(configFile);
        for (String word : words) {
            if (word.indexOf('=') < 0) {
                if (file.isPresent()) {
                    throw new ParameterException(spec.commandLine(),
                            "config-update takes one configuration file, not '" + file.get() + "' and '" + word + "'");
                }
                file = file.or(() -> Optional.of(word));
            }
        }
        return file.orElseThrow(() -> new XshException("Config file not specified", NO_FILE_EXIT));
    }

    private List<String> overrides() {
        return words.stream().filter(word -> word.indexOf('=') >= 0).toList();
    }
}
