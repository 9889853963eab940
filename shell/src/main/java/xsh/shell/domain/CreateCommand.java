package xsh.shell.domain;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.libxl.LibxlConfigJson;
import xsh.cfg.source.ConfigSource;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.console.ConsoleCommand;
import xsh.shell.dryrun.MayChangeState;
import xsh.toolstack.info.LibxlConfigs;
import xsh.toolstack.vmcontrol.ConfigFileReader;
import xsh.toolstack.vmcontrol.ConfigTyper;
import xsh.toolstack.vmcontrol.DomainCreator;
import xsh.toolstack.vmcontrol.TypedConfig;

/**
 * {@code create [OPTIONS] FILE [KEY=VALUE...]}: as {@code xl create}, with the file and the
 * settings in any order (a word with {@code =} is a setting), {@code Parsing config from FILE}
 * on stderr before the file is typed, then xl's warnings, then the domain is built. With
 * {@code -n} (or xl's global {@code -N}) nothing is built: libxl's JSON of the config goes to
 * stdout, byte for byte as xl prints it; {@code -d} prints the same to stderr and builds.
 */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Create a domain from an xl.cfg file, as xl create does.",
            "KEY=VALUE settings are appended to the file, one per line, so they override it; "
                + "KEY+=VALUE adds to a list (disk+=[\"/img/b,raw,xvdb,rw\"]).",
        })
public final class CreateCommand implements Callable<Integer>, MayChangeState {

    static final String NO_VNCVIEWER =
            "vncviewer is not available: the embedded host has no VNC server to connect to";

    @Option(names = {"-p", "--paused"}, description = "Leave the domain paused after it is created.")
    boolean paused;

    @Option(names = {"-q", "--quiet"}, description = "Do not print 'Parsing config from FILE'.")
    boolean quiet;

    @Option(names = {"-n", "--dryrun"}, description = "Build nothing: print libxl's JSON of the config on stdout.")
    boolean dryRun;

    /** With {@code -n} it only prints the domain it would build. */
    @Override
    public boolean changesState() {
        return !dryRun;
    }

    @Option(names = "-d", description = "Also print libxl's JSON of the config on stderr.")
    boolean debug;

    @Option(names = "-c", description = "Attach to the domain's console once it is created.")
    boolean console;

    @Option(names = "-e", description = "No monitor: when the guest stops no on_* action runs; it stays shut down.")
    boolean noMonitor;

    @Option(names = "-F", description = "Run the monitor in the foreground (accepted: xsh runs no monitor process).")
    boolean foreground;

    @Option(names = {"-f", "--defconfig"}, paramLabel = "FILE", description = "The configuration file.")
    String configFile;

    @Option(names = {"-V", "--vncviewer"}, description = "Attach a VNC viewer (not available: prints why).")
    boolean vncviewer;

    @Option(names = {"-A", "--vncviewer-autopass"}, description = "As -V, passing the VNC password.")
    boolean vncviewerAutopass;

    @Option(names = {"-i", "--ignore-global-affinity-masks"},
            description = "Ignore xl.conf's vm.cpumask settings (accepted: the embedded host has none).")
    boolean ignoreGlobalAffinityMasks;

    @Parameters(paramLabel = "FILE|KEY=VALUE", arity = "0..*",
            description = "The configuration file, and settings that override it.")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<String> file = Optional.ofNullable(configFile);
        List<String> overrides = new ArrayList<>();
        for (String word : words) {
            if (word.indexOf('=') >= 0) {
                overrides.add(word);
            } else if (file.isEmpty()) {
                file = Optional.of(word);
            } else {
                throw new ParameterException(spec.commandLine(),
                        "create takes one configuration file, not '" + file.get() + "' and '" + word + "'");
            }
        }
        ConfigSource source = ConfigFileReader.read(file, overrides);
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet) {
            err.println("Parsing config from " + source.name());
        }
        TypedConfig typed = ConfigTyper.type(source);
        typed.warnings().forEach(warning -> err.println(warning.render()));
        err.flush();
        XshCommand xsh = XshCommand.of(spec);
        boolean onlyPrint = dryRun || xsh.globals().dryRun();
        try (Hypervisor hv = xsh.openHost()) {
            if (onlyPrint || debug) {
                String json = LibxlConfigJson.render(typed.definition().config(),
                        LibxlConfigs.hostFacts(hv.hostInfo()), UUID::randomUUID);
                PrintWriter to = onlyPrint ? spec.commandLine().getOut() : err;
                to.print(json);
                to.flush();
            }
            if (onlyPrint) {
                return 0;
            }
            DomainInfo created = new DomainCreator(hv, xsh.xlCompatible()).create(typed, paused, !noMonitor);
            if (vncviewer || vncviewerAutopass) {
                err.println(NO_VNCVIEWER);
                err.flush();
            }
            if (console) {
                ConsoleCommand.attachPrimary(spec, hv, created.domid());
            }
        }
        return 0;
    }
}
