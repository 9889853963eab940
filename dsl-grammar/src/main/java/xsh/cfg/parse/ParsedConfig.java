package xsh.cfg.parse;

import java.util.List;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.raw.RawConfig;
import xsh.cfg.source.ConfigSource;

/**
 * A parsed configuration: its settings and everything found wrong with it, sorted by
 * position. With an error the file is unusable, as it is to xl; the settings are then
 * only those of the statements that parsed.
 */
public record ParsedConfig(ConfigSource source, RawConfig settings, List<Diagnostic> diagnostics) {

    public ParsedConfig {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
