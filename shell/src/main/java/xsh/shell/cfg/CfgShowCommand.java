package xsh.shell.cfg;

import java.io.PrintWriter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.cfg.json.RawConfigJson;
import xsh.cfg.libxl.HostFacts;
import xsh.cfg.libxl.LibxlConfigJson;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.write.RawConfigText;
import xsh.shell.XshCommand;

/** {@code cfg show [--raw] [--json | --xl-json] FILE}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a domain configuration as xl reads it: typed, with defaults applied; "
                + "with --raw the settings exactly as stored.")
public final class CfgShowCommand implements Callable<Integer> {

    /** The host {@code --xl-json} assumes: the embedded host's default size. */
    static final int DEFAULT_HOST_CPUS = 8;

    @Option(names = "--raw", description = "The raw settings: each key once, values exactly as stored.")
    boolean raw;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "As JSON (xsh's typed schema, or the raw settings with --raw).")
        boolean json;

        @Option(names = "--xl-json", description = "The libxl domain configuration `xl -N create` prints "
                + "(for a host with " + DEFAULT_HOST_CPUS + " pCPUs).")
        boolean xlJson;
    }

    @Option(names = "--cpupool", description = "The file is a cpupool configuration (xl cpupool-create).")
    boolean cpupool;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The configuration file.")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format.xlJson && (raw || cpupool)) {
            err.println("cfg show: --xl-json shows a domain configuration; it does not go with " + (raw ? "--raw" : "--cpupool"));
            err.flush();
            return 2;
        }
        return raw ? showRaw(out, err) : showTyped(out, err);
    }

    private int showRaw(PrintWriter out, PrintWriter err) {
        ParsedConfig parsed = ConfigFiles.parse(file);
        ConfigFiles.print(parsed.diagnostics(), err);
        if (parsed.hasErrors()) {
            return 1;
        }
        return print(out, json()
                ? JsonWriter.write(RawConfigJson.of(parsed.settings()), JsonStyle.PRETTY) + "\n"
                : RawConfigText.of(parsed.settings()));
    }

    private int showTyped(PrintWriter out, PrintWriter err) {
        TypedFile typed = ConfigFiles.read(file, cpupool);
        ConfigFiles.print(typed.findings(), err);
        if (!typed.usable()) {
            return typed.exitCode();
        }
        if (format.xlJson) {
            DomainConfig config = typed.domain().orElseThrow();
            return print(out, LibxlConfigJson.render(config, HostFacts.of(DEFAULT_HOST_CPUS), UUID::randomUUID));
        }
        Map<String, Object> description = typed.description().orElseThrow();
        return print(out, json()
                ? JsonWriter.write(description, JsonStyle.PRETTY) + "\n"
                : DescriptionText.of(description));
    }

    /**
     * {@code --json}, or xsh's global {@code --json} unless {@code --xl-json} asks for libxl's
     * (cfg also runs as a command table of its own, without xsh's global options).
     */
    private boolean json() {
        return format.json || !format.xlJson && spec.root().userObject() instanceof XshCommand xsh && xsh.globals().json();
    }

    private static int print(PrintWriter out, String text) {
        out.print(text);
        out.flush();
        return 0;
    }
}
