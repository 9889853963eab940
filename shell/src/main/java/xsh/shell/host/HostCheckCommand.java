package xsh.shell.host;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.error.XshException;
import xsh.hv.dom0.Dom0Os;
import xsh.shell.XshCommand;
import xsh.shell.render.CText;
import xsh.toolstack.preflight.Dom0Preflight;
import xsh.toolstack.preflight.StepResult;
import xsh.toolstack.preflight.XenVersion;

/**
 * {@code host check}: this machine's Dom0 setup, step by step, against its OS's guide; one
 * aligned line per step, {@code ok} or what was found and the command that does the step.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Check this machine (or the tree under --root) against the Dom0 setup steps of the FreeBSD Handbook, "
                + "the NetBSD Xen HowTo or a Debian Dom0: one line per step, ok or what was found and the command "
                + "that does it. Only files are read; nothing is run or changed.",
            "Exit status: 0 when every step is done, 1 when one is not.",
        })
public final class HostCheckCommand implements Callable<Integer> {

    static final class OsConverter implements ITypeConverter<Dom0Os> {
        @Override
        public Dom0Os convert(String value) {
            try {
                return Dom0Os.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class XenVersionConverter implements ITypeConverter<XenVersion> {
        @Override
        public XenVersion convert(String value) {
            try {
                return XenVersion.parse(value);
            } catch (XshException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--os", paramLabel = "OS", converter = OsConverter.class,
            completionCandidates = OsNames.class,
            description = "freebsd, netbsd or linux: whose steps (default: this machine's OS).")
    Dom0Os os;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Check the tree under DIR (a Dom0's copy, a jail, a mounted disk) instead of /.")
    Path root;

    @Option(names = "--xen-version", paramLabel = "VERSION", converter = XenVersionConverter.class,
            description = "FreeBSD: the Xen the Dom0 boots, e.g. 4.7 or 4.19. Xen 4.7 needs dom0pvh=1 and "
                    + "hw.pci.mcfg=0, 4.11 and later dom0=pvh. Default: 4.7 when xen_cmdline has dom0pvh=1, "
                    + "else 4.11 or later.")
    XenVersion xenVersion;

    @Option(names = "--json", description = "A JSON array of {step, ok, found, fix}.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The OS names --os completes. */
    static final class OsNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("freebsd", "netbsd", "linux").iterator();
        }
    }

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        List<StepResult> steps = Dom0Preflight.check(root == null ? Path.of("/") : root,
                os == null ? Dom0Os.current() : os, Optional.ofNullable(xenVersion));
        PrintWriter out = spec.commandLine().getOut();
        out.print(xsh.json(json) ? json(steps) : lines(steps));
        out.flush();
        return Dom0Preflight.allDone(steps) ? 0 : 1;
    }

    static String lines(List<StepResult> steps) {
        int width = steps.stream().mapToInt(s -> s.step().length()).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        for (StepResult s : steps) {
            text.append(CText.padRight(s.step(), width))
                    .append(s.ok() ? "ok" : s.found() + "; fix: " + s.fix())
                    .append('\n');
        }
        return text.toString();
    }

    static String json(List<StepResult> steps) {
        List<Map<String, Object>> array = steps.stream().map(s -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("step", s.step());
            o.put("ok", s.ok());
            o.put("found", s.found());
            o.put("fix", s.fix());
            return o;
        }).toList();
        return JsonWriter.write(array, JsonStyle.PRETTY) + "\n";
    }
}
