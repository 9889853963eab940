package xsh.shell.domain;

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
import xsh.cfg.source.ConfigSource;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.toolstack.vmcontrol.ConfigFileReader;
import xsh.toolstack.vmcontrol.ConfigTyper;
import xsh.toolstack.vmcontrol.DomainCreator;
import xsh.toolstack.vmcontrol.TypedConfig;

/**
 * {@code create [-p] [-q] FILE [KEY=VALUE...]}: as {@code xl create}, with the file and the
 * settings in any order (a word with {@code =} is a setting), {@code Parsing config from FILE}
 * on stderr before the file is typed, then xl's warnings, then the domain is built.
 */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Create a domain from an xl.cfg file, as xl create does.",
            "KEY=VALUE settings are appended to the file, one per line, so they override it; "
                + "KEY+=VALUE adds to a list (disk+=[\"/img/b,raw,xvdb,rw\"]).",
        })
public final class CreateCommand implements Callable<Integer> {

    @Option(names = {"-p", "--paused"}, description = "Leave the domain paused after it is created.")
    boolean paused;

    @Option(names = {"-q", "--quiet"}, description = "Do not print 'Parsing config from FILE'.")
    boolean quiet;

    @Parameters(paramLabel = "FILE|KEY=VALUE", arity = "0..*",
            description = "The configuration file, and settings that override it.")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<String> file = Optional.empty();
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
        try (Hypervisor hv = XshCommand.of(spec).openHost()) {
            new DomainCreator(hv).create(typed, paused);
        }
        return 0;
    }
}
