package xsh.shell.host;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.cfg.size.MemorySize;
import xsh.error.XshException;
import xsh.hv.GuestEvent;
import xsh.hv.HostInfo;
import xsh.hv.HostSpec;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.shell.render.CText;
import xsh.toolstack.host.GuestEvents;
import xsh.toolstack.host.HostCatalog;
import xsh.toolstack.host.HostSizing;
import xsh.toolstack.host.HostSummary;

/**
 * {@code host create|list|inject}: the embedded hosts themselves, which xl has no words for;
 * {@code host check}: a real Dom0's setup.
 */
@Command(name = "host", mixinStandardHelpOptions = true,
        description = "Make, list and drive the embedded simulated hosts kept under XSH_HOME; check a Dom0's setup.",
        subcommands = {HostCommands.Create.class, HostCommands.ListHosts.class, HostCommands.Inject.class,
            HostCheckCommand.class})
public final class HostCommands {

    /** Sizes as xsh's options take them ({@code 64G}, {@code 1.5T}, {@code 8192} MiB). */
    static final class SizeConverter implements ITypeConverter<MemorySize> {
        @Override
        public MemorySize convert(String value) {
            try {
                return MemorySize.parse(value);
            } catch (XshException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @ChangesState
    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = {
                "Make a new embedded host of the given size; --host NAME then works on it.",
                "Unset sizes are those of the default host: 8 pCPUs, 32 GiB, Domain-0 with 8 GiB (at most a "
                    + "quarter of the host) and 4 vCPUs (at most the host's pCPUs).",
            })
    public static final class Create implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_' and '-'.")
        String name;

        @Option(names = "--cpus", paramLabel = "N", description = "Physical CPUs.")
        Integer cpus;

        @Option(names = "--memory", paramLabel = "SIZE", converter = SizeConverter.class,
                description = "Memory, e.g. 64G; a bare number is MiB.")
        MemorySize memory;

        @Option(names = "--dom0-memory", paramLabel = "SIZE", converter = SizeConverter.class,
                description = "Domain-0's memory (Xen's dom0_mem).")
        MemorySize dom0Memory;

        @Option(names = "--dom0-vcpus", paramLabel = "N", description = "Domain-0's vCPUs (Xen's dom0_max_vcpus).")
        Integer dom0Vcpus;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            HostSpec size = HostSizing.spec(cpus == null ? OptionalInt.empty() : OptionalInt.of(cpus),
                    Optional.ofNullable(memory), Optional.ofNullable(dom0Memory),
                    dom0Vcpus == null ? OptionalInt.empty() : OptionalInt.of(dom0Vcpus));
            XshCommand xsh = XshCommand.of(spec);
            HostInfo info = new HostCatalog(xsh.hosts().provider(xsh.globals())).create(name, size);
            PrintWriter out = spec.commandLine().getOut();
            out.println("host " + name + ": " + info.nrCpus() + " pCPUs, " + MemorySize.ofMiB(info.totalMemoryMib())
                    + "; Domain-0 " + MemorySize.ofMiB(size.dom0MemoryMib()) + " with " + size.dom0Vcpus() + " vCPUs");
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the embedded hosts; * marks the one --host selects.")
    public static final class ListHosts implements Callable<Integer> {
        static final String HEADER = "  Name                 CPUs  Memory(MiB)  Free(MiB)  Domains";

        @Option(names = "--json", description = "A JSON array of hosts (see the README).")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            XshCommand xsh = XshCommand.of(spec);
            List<HostSummary> hosts = new HostCatalog(xsh.hosts().provider(xsh.globals()))
                    .list(xsh.hosts().hostName(xsh.globals()));
            PrintWriter out = spec.commandLine().getOut();
            out.print(xsh.json(json) ? json(hosts) : table(hosts));
            out.flush();
            return 0;
        }

        static String table(List<HostSummary> hosts) {
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            for (HostSummary h : hosts) {
                text.append(h.current() ? "* " : "  ")
                        .append(CText.padRight(h.name(), 20))
                        .append(CText.padLeft(Integer.toString(h.cpus()), 5))
                        .append(CText.padLeft(Long.toString(h.totalMemoryMib()), 13))
                        .append(CText.padLeft(Long.toString(h.freeMemoryMib()), 11))
                        .append(CText.padLeft(Integer.toString(h.domains()), 9))
                        .append('\n');
            }
            return text.toString();
        }

        static String json(List<HostSummary> hosts) {
            List<Map<String, Object>> array = hosts.stream().map(h -> {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("name", h.name());
                o.put("current", h.current());
                putSizes(o, h);
                return o;
            }).toList();
            return JsonWriter.write(array, JsonStyle.PRETTY) + "\n";
        }

        /** An embedded host's size and domains, as {@code host list --json} (and {@code hosts --json}) give them. */
        public static void putSizes(Map<String, Object> o, HostSummary h) {
            o.put("nr_cpus", h.cpus());
            o.put("total_memory_mib", h.totalMemoryMib());
            o.put("free_memory_mib", h.freeMemoryMib());
            o.put("domains", h.domains());
        }
    }

    @ChangesState
    @Command(name = "inject", mixinStandardHelpOptions = true,
            description = "Make a simulated guest crash, trip its watchdog, power off, reboot or soft-reset "
                    + "on its own; the domain's on_* setting decides what follows.")
    public static final class Inject implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "EVENT", description = "crash, watchdog, poweroff, reboot or soft_reset.")
        String event;

        @Parameters(index = "1", paramLabel = "DOMAIN", description = "A domain name or domid.")
        String domain;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            GuestEvent guestEvent = GuestEvents.parse(event);
            XshCommand.of(spec).onHost(hv -> GuestEvents.inject(hv, domain, guestEvent));
            return 0;
        }
    }
}
