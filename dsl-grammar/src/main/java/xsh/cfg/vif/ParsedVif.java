package xsh.cfg.vif;

import java.util.List;

/**
 * A vif string that xl accepted, with the lines xl printed to stderr while reading it
 * (deprecations, and in a config file also the keys it refused but let pass).
 */
public record ParsedVif(VifSpec spec, List<String> warnings) {

    public ParsedVif {
        warnings = List.copyOf(warnings);
    }
}
