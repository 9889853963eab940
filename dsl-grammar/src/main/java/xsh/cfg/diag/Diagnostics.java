package xsh.cfg.diag;

import java.util.ArrayList;
import java.util.List;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.source.SourceSpan;

/** Collects the diagnostics of one configuration, in the order they are found. */
public final class Diagnostics {

    private final ConfigSource source;
    private final List<Diagnostic> found = new ArrayList<>();

    public Diagnostics(ConfigSource source) {
        this.source = source;
    }

    public ConfigSource source() {
        return source;
    }

    public void error(SourceSpan at, String message) {
        add(Severity.ERROR, at, message);
    }

    public void warning(SourceSpan at, String message) {
        add(Severity.WARNING, at, message);
    }

    /** A diagnostic about the configuration as a whole (no line to point at). */
    public void error(String message) {
        found.add(new Diagnostic(Severity.ERROR, source.name(), 0, 0, message));
    }

    public void warning(String message) {
        found.add(new Diagnostic(Severity.WARNING, source.name(), 0, 0, message));
    }

    private void add(Severity severity, SourceSpan at, String message) {
        found.add(new Diagnostic(severity, source.name(), at.line(), at.column(), message));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
