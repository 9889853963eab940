package xsh.toolstack.migrate;

import java.io.IOException;
import xsh.hv.DomainDefinition;

/**
 * The receiver's half of {@code --with-storage}: receives the datasets' streams as their
 * records arrive, and removes what it made if the migration fails. Made by
 * {@link StorageTransfers#receiver}; a migration without storage never calls {@link #accept}.
 */
public interface StorageIntake {

    /** One of the sender's storage records ({@link XshRecordTypes#isStorage}), in stream order. */
    void accept(int type, byte[] body) throws IOException;

    /** Points the domain's disks at what was received, if their paths differ at the target. */
    DomainDefinition adapt(DomainDefinition definition);

    /** The domain runs here now: keep the datasets, drop the migration's snapshots. */
    void commit();

    /** The migration failed: destroy every dataset this intake created. */
    void abort();
}
