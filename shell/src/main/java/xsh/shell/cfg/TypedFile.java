package xsh.shell.cfg;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.domain.DomainConfig;

/**
 * A configuration file read as its kind (domain or cpupool) is read by xl: everything to
 * tell about it, and its typed description when it is usable.
 *
 * @param findings    errors and warnings in file order
 * @param description the typed view ({@code --json} document), absent when unusable
 * @param domain      the domain configuration, for a usable domain file
 * @param exitCode    0 when usable, else the code xl exits with
 */
record TypedFile(List<Diagnostic> findings, Optional<Map<String, Object>> description,
                 Optional<DomainConfig> domain, int exitCode) {

    boolean usable() {
        return description.isPresent();
    }
}
