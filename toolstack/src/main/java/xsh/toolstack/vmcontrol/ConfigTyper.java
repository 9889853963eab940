package xsh.toolstack.vmcontrol;

import java.util.ArrayList;
import java.util.List;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.domain.DomainConfigReader;
import xsh.cfg.domain.DomainConfigResult;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.source.ConfigSource;
import xsh.error.MultiLineException;
import xsh.hv.DomainDefinition;

/**
 * Turns configuration text into what a domain is built from, refusing it where xl refuses:
 * a syntax error anywhere (every error is told, then xl's
 * {@code Failed to parse config: Invalid argument}, exit 1), or the first fatal error of
 * xl's reading (its message, exit 1 or the 3 xl uses for a few keys). Errors point at a file,
 * line and column in xsh's words, as {@code cfg check} shows them.
 */
public final class ConfigTyper {

    static final String PARSE_FAILURE = "Failed to parse config: Invalid argument";

    private ConfigTyper() {
    }

    /** @throws MultiLineException the diagnostics and xl's verdict, with xl's exit code */
    public static TypedConfig type(ConfigSource source) {
        ParsedConfig parsed = ConfigParser.parse(source);
        if (parsed.hasErrors()) {
            List<String> lines = rendered(parsed.diagnostics());
            lines.add(PARSE_FAILURE);
            throw new MultiLineException(lines, 1);
        }
        DomainConfigResult result = DomainConfigReader.read(parsed);
        if (!result.isOk()) {
            throw new MultiLineException(rendered(result.diagnostics()), Math.max(1, result.exitCode()));
        }
        return new TypedConfig(new DomainDefinition(source, result.config().orElseThrow()), result.diagnostics());
    }

    private static List<String> rendered(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        diagnostics.forEach(d -> lines.add(d.render()));
        return lines;
    }
}
