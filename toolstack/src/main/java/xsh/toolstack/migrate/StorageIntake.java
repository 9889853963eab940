package xsh.toolstack.migrate;

import java.io.IOException;
import java.util.List;
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

    /**
     * The datasets this intake has made so far (missing parents, and those it receives),
     * in order; {@code abort} removes them. A journal must hear of them before they exist,
     * for which {@link StorageTransfers#receiver(xsh.hv.Hypervisor, xsh.toolstack.migrate.storage.CreationJournal)}
     * takes a journal.
     */
    default List<String> created() {
        return List.of();
    }

    /** After {@code commit} or {@code abort}: one line for each thing it could not remove, saying why. */
    default List<String> leftovers() {
        return List.of();
    }
}
