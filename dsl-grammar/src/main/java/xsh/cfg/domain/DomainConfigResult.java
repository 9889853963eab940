package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;
import xsh.cfg.diag.Diagnostic;
import xsh.error.XshException;

/**
 * The outcome of reading a guest config: the typed config, or the one fatal error xl would
 * stop at (xl exits at the first), together with every warning printed before that point,
 * in xl's order. {@link #ignoredKeys()} lists the settings xl never looks at, which xl does
 * not report and {@code cfg check} does.
 *
 * @param config      the typed config, absent after a fatal error
 * @param diagnostics parse diagnostics, then the reader's warnings and its fatal error
 * @param exitCode    0, or the status xl exits with for the fatal error (1, sometimes 3)
 * @param ignoredKeys unknown keys and keys not read for this guest type
 */
public record DomainConfigResult(Optional<DomainConfig> config, List<Diagnostic> diagnostics, int exitCode,
        List<IgnoredKey> ignoredKeys) {

    public DomainConfigResult {
        diagnostics = List.copyOf(diagnostics);
        ignoredKeys = List.copyOf(ignoredKeys);
    }

    public boolean isOk() {
        return config.isPresent();
    }

    /** The error that stopped the reading (or the file's first parse error). */
    public Optional<Diagnostic> fatalError() {
        return diagnostics.stream().filter(Diagnostic::isError).findFirst();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** The config, or an exception carrying the fatal error's rendered line and xl's exit code. */
    public DomainConfig orElseThrow() {
        return config.orElseThrow(() -> new XshException(
                fatalError().map(Diagnostic::render).orElse("configuration is not usable"), exitCode));
    }
}
