package xsh.hv.sim.build;

import java.util.Optional;
import xsh.cfg.domain.DomainConfigReader;
import xsh.cfg.domain.DomainConfigResult;
import xsh.cfg.domain.DomainType;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.source.ConfigSource;
import xsh.hv.DomainDefinition;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.sim.console.ConsoleGuest;
import xsh.hv.sim.store.Tx;

/**
 * The configuration text a domain was built from, as libxl keeps it in its userdata, for
 * restarts, saves and migrations. The text is what is stored: it is read again when needed,
 * with a stock xl.conf, so a definition's config must be what its source reads as. Beside
 * it, what the running guest booted as, which a config-update does not change.
 *
 * @param updated true once replaced by config-update: xl then restarts from it unchanged,
 *                without carrying over the runtime memory and vcpu settings
 */
public record StoredConfig(String sourceName, byte[] source, boolean updated) {

    /** The configuration a new domain was built from. */
    public static void saveNew(Tx tx, int domid, DomainDefinition definition) {
        ConsoleGuest guest = ConsoleGuest.of(definition.config());
        tx.update("INSERT INTO domain_configs (domid, source_name, source, updated, boot_name, boot_type, kernel)"
                        + " VALUES (?, ?, ?, 0, ?, ?, ?)",
                domid, definition.source().name(), definition.source().bytes(), guest.name(),
                guest.type().xlName(), guest.kernel().orElse(null));
    }

    /** config-update: the text for the next restart; the running guest stays what it booted as. */
    public static void replace(Tx tx, int domid, ConfigSource source) {
        tx.update("UPDATE domain_configs SET source_name = ?, source = ?, updated = 1 WHERE domid = ?",
                source.name(), source.bytes(), domid);
    }

    public static Optional<StoredConfig> load(Tx tx, int domid) {
        return tx.one("SELECT source_name, source, updated FROM domain_configs WHERE domid = ?",
                rs -> new StoredConfig(rs.getString(1), rs.getBytes(2), rs.getInt(3) != 0), domid);
    }

    /** What the guest booted as: its console follows from it. */
    public static Optional<ConsoleGuest> guest(Tx tx, int domid) {
        return tx.one("SELECT boot_name, boot_type, kernel FROM domain_configs WHERE domid = ?",
                rs -> new ConsoleGuest(rs.getString(1), DomainType.fromTypeValue(rs.getString(2)).orElseThrow(),
                        Optional.ofNullable(rs.getString(3))),
                domid);
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
