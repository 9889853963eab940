package xsh.shell.misc;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.toolstack.domain.Domids;
import xsh.toolstack.info.DomainNames;

/** {@code domid NAME} and {@code domname ID}: one line, the answer. */
public final class DomainNameCommands {

    private DomainNameCommands() {
    }

    @Command(name = "domid", mixinStandardHelpOptions = true, description = "Print the domid of the domain named NAME.")
    public static final class Domid implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "A domain's name.")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            int domid = XshCommand.of(spec).fromHost(hv -> DomainNames.domid(hv, name));
            spec.commandLine().getOut().println(Domids.text(domid));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "domname", mixinStandardHelpOptions = true, description = "Print the name of the domain with domid ID.")
    public static final class Domname implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "A domid.")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String name = XshCommand.of(spec).fromHost(hv -> DomainNames.name(hv, id));
            spec.commandLine().getOut().println(name);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
