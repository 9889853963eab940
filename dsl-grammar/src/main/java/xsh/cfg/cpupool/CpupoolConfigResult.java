package xsh.cfg.cpupool;

import java.util.List;
import java.util.Optional;
import xsh.cfg.diag.Diagnostic;
import xsh.error.XshException;

/**
 * A cpupool config, or the error xl stops at; with every warning before it. xl exits 1 for
 * every cpupool-create failure.
 */
public record CpupoolConfigResult(Optional<CpupoolConfig> config, List<Diagnostic> diagnostics) {

    public CpupoolConfigResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isOk() {
        return config.isPresent();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    public CpupoolConfig orElseThrow() {
        return config.orElseThrow(() -> new XshException(
                errors().stream().findFirst().map(Diagnostic::render).orElse("cpupool config is not usable"), 1));
    }
}
