package xsh.hv.sim.build;

import java.util.Optional;
import xsh.cfg.domain.DomainConfigReader;
import xsh.cfg.domain.DomainConfigResult;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.source.ConfigSource;
import xsh.hv.DomainDefinition;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.sim.store.Tx;

/**
 * The configuration text a domain was built from, as libxl keeps it in its userdata, for
 * restarts, saves and migrations. The text is what is stored: it is read again when needed,
 * with a stock xl.conf, so a definition's config must be what its source reads as.
 *
 * @param updated true once replaced by config-update: xl then restarts from it unchanged,
 *                without carrying over the runtime memory and vcpu settings
 */
public record StoredConfig(String sourceName, byte[] source, boolean updated) {

    public static void save(Tx tx, int domid, ConfigSource source, boolean updated) {
        tx.update("INSERT OR REPLACE INTO domain_configs (domid, source_name, source, updated) VALUES (?, ?, ?, ?)",
                domid, source.name(), source.bytes(), updated);
    }

    public static Optional<StoredConfig> load(Tx tx, int domid) {
        return tx.one("SELECT source_name, source, updated FROM domain_configs WHERE domid = ?",
                rs -> new StoredConfig(rs.getString(1), rs.getBytes(2), rs.getInt(3) != 0), domid);
    }

    /** The definition again, read from the stored text. */
    public DomainDefinition read() {
        ConfigSource src = ConfigSource.of(sourceName, source);
        DomainConfigResult result = DomainConfigReader.read(ConfigParser.parse(src));
        return new DomainDefinition(src, result.config().orElseThrow(() -> new HvException(HvError.FAIL,
                "the stored configuration of this domain cannot be read again: "
                        + result.fatalError().map(d -> d.render()).orElse("unusable"))));
    }
}
