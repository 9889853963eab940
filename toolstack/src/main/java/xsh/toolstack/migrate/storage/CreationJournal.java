package xsh.toolstack.migrate.storage;

import java.io.IOException;

/**
 * Told of each dataset a receiver is about to create, before it exists: kept where it
 * survives the receiver's process, it is what a recovery after a crash hands to
 * {@link ReceivedDatasets#remove} to take the migration's datasets down again.
 */
@FunctionalInterface
public interface CreationJournal {

    CreationJournal NONE = dataset -> { };

    /**
     * @param dataset a dataset the receiver will make next: a missing parent, or one whose
     *                stream it receives
     * @throws IOException when it cannot be kept; the receiver then makes nothing
     */
    void creating(String dataset) throws IOException;
}
