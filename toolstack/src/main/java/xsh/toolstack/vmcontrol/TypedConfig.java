package xsh.toolstack.vmcontrol;

import java.util.List;
import xsh.cfg.diag.Diagnostic;
import xsh.hv.DomainDefinition;

/**
 * A configuration read as {@code xl create} reads it and found usable: what to build the
 * domain from, and the warnings xl prints while reading it (a value of the wrong type,
 * which xl then ignores), in xl's order.
 */
public record TypedConfig(DomainDefinition definition, List<Diagnostic> warnings) {

    public TypedConfig {
        warnings = List.copyOf(warnings);
    }

    public String name() {
        return definition.config().name();
    }
}
