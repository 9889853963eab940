package xsh.shell.cfg;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.domain.DomainConfigReader;
import xsh.cfg.domain.DomainConfigResult;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.source.ConfigSource;

/** Reads, parses and types the configuration files named on a command line. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** Parses a file, naming it in diagnostics as the user wrote it. */
    static ParsedConfig parse(String file) {
        return ConfigParser.parse(ConfigSource.read(Path.of(file)));
    }

    /** Parses and types a domain configuration as {@code xl create} would read it. */
    static DomainConfigResult read(String file) {
        return DomainConfigReader.read(parse(file));
    }

    /**
     * Everything to tell about a domain configuration, in file order: parse and type
     * diagnostics, and the keys xl would silently ignore.
     */
    static List<Diagnostic> findings(DomainConfigResult result, String sourceName) {
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        result.ignoredKeys().forEach(key -> all.add(key.warning(sourceName)));
        all.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return all;
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics) {
            err.println(diagnostic.render());
        }
        err.flush();
    }
}
