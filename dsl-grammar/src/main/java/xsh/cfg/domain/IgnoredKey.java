package xsh.cfg.domain;

import java.util.Optional;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.diag.Severity;
import xsh.cfg.source.SourceSpan;

/**
 * A setting xl never looks at: a key it does not know at all (often a typo, such as
 * {@code weight} for {@code cpu_weight}), or one it reads only for other guest types. xl
 * itself says nothing about these; {@code cfg check} reports them.
 */
public record IgnoredKey(String key, SourceSpan span, Reason reason, Optional<String> suggestion,
        Optional<DomainType> type) {

    /** Why xl does not read the key. */
    public enum Reason {
        /** xl 4.17 has no such key. */
        UNKNOWN,
        /** xl reads the key only for other guest types. */
        NOT_FOR_TYPE
    }

    /** A readable warning, e.g. {@code `weight` is not an xl.cfg key; xl ignores it (did you mean `cpu_weight`?)}. */
    public String message() {
        if (reason == Reason.NOT_FOR_TYPE) {
            return "`" + key + "` does not apply to " + type.map(DomainType::xlName).orElse("this") 
                    + " guests; xl ignores it";
        }
        return "`" + key + "` is not an xl.cfg key; xl ignores it"
                + suggestion.map(s -> " (did you mean `" + s + "`?)").orElse("");
    }

    public Diagnostic warning(String sourceName) {
        return new Diagnostic(Severity.WARNING, sourceName, span.line(), span.column(), message());
    }
}
