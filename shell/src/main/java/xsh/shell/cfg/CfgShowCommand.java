package xsh.shell.cfg;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.cfg.json.RawConfigJson;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.write.RawConfigText;

/** {@code cfg show [--raw] [--json | --xl-json] FILE}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a configuration as xl reads it: the typed domain configuration, or with --raw "
                + "the settings exactly as stored.")
public final class CfgShowCommand implements Callable<Integer> {

    @Option(names = "--raw", description = "The raw settings: each key once, values exactly as stored.")
    boolean raw;

    @Option(names = "--json", description = "As JSON.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The configuration file.")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParsedConfig parsed = ConfigFiles.parse(file);
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            err.println(diagnostic.render());
        }
        err.flush();
        if (parsed.hasErrors()) {
            return 1;
        }
        if (json) {
            out.println(JsonWriter.write(RawConfigJson.of(parsed.settings()), JsonStyle.PRETTY));
        } else {
            out.print(RawConfigText.of(parsed.settings()));
        }
        out.flush();
        return 0;
    }
}
