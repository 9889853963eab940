package xsh.hv;

import xsh.cfg.domain.DomainConfig;
import xsh.cfg.source.ConfigSource;

/**
 * What a domain is built from: its typed configuration, and the configuration text it was
 * read from, which the host keeps (as xl keeps the config it was given) so the domain can
 * be restarted, saved and migrated with it.
 */
public record DomainDefinition(ConfigSource source, DomainConfig config) {
}
