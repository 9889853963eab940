package xsh.shell.misc;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.coredump.CoreDumper;

/** {@code dump-core DOMAIN FILE}: the domain's memory as an ELF core; the domain keeps running. */
@ChangesState
@Command(name = "dump-core", mixinStandardHelpOptions = true,
        description = "Write a domain's memory to FILE as an ELF core; the domain is paused meanwhile and runs on.")
public final class DumpCoreCommand implements Callable<Integer> {

    @Mixin
    DomainArgument domain;

    @Parameters(index = "1", paramLabel = "FILE", description = "The core file to write (replaced whole).")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        xsh.onHost(hv -> new CoreDumper(hv, xsh.xlCompatible()).dump(domain.value(), file));
        return 0;
    }
}
