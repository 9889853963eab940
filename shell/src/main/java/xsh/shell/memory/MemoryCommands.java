package xsh.shell.memory;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.shell.domain.DomainArgument;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.memory.DomainMemory;

/**
 * {@code mem-set DOMAIN SIZE} and {@code mem-max DOMAIN SIZE}, as in xl's {@code xl_mem.c}:
 * quiet on success; a refusal is libxl's line and xl's.
 */
public final class MemoryCommands {

    static final String SIZE_HELP = "A size in MiB, or with a unit: b, k, m, g or t (binary units), e.g. 512, 2g.";

    private MemoryCommands() {
    }

    @FunctionalInterface
    interface SizeSetter {
        void set(DomainMemory memory, String domain, String size);
    }

    /** DOMAIN SIZE, set on the host by the command's setter. */
    abstract static class SizeCommand implements Callable<Integer> {
        @Mixin
        DomainArgument domain;

        @Parameters(index = "1", paramLabel = "SIZE", description = SIZE_HELP)
        String size;

        @Spec
        CommandSpec spec;

        private final SizeSetter setter;

        SizeCommand(SizeSetter setter) {
            this.setter = setter;
        }

        @Override
        public Integer call() {
            XshCommand xsh = XshCommand.of(spec);
            xsh.onHost(hv -> setter.set(new DomainMemory(hv, xsh.xlCompatible()), domain.value(), size));
            return 0;
        }
    }

    @ChangesState
    @Command(name = "mem-set", mixinStandardHelpOptions = true,
            description = "Set a domain's memory target: its balloon driver gives or takes memory to reach it.")
    public static final class MemSet extends SizeCommand {
        public MemSet() {
            super(DomainMemory::setTarget);
        }
    }

    @ChangesState
    @Command(name = "mem-max", mixinStandardHelpOptions = true,
            description = "Set a domain's maximum memory; not below its current target.")
    public static final class MemMax extends SizeCommand {
        public MemMax() {
            super(DomainMemory::setMax);
        }
    }
}
