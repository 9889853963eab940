package xsh.toolstack.migrate.storage;

import java.util.List;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.Storage;
import xsh.toolstack.migrate.StorageIntake;
import xsh.toolstack.migrate.StorageTransfer;

/** The two halves of moving datasets with a migration, on a host's storage. */
public final class DatasetMigration {

    private DatasetMigration() {
    }

    /** @param datasets what to send, each after its ancestors */
    public static StorageTransfer sender(Storage storage, List<Dataset> datasets, String tag) {
        return new DatasetTransfer(storage, datasets, tag);
    }

    public static StorageIntake receiver(Storage storage, CreationJournal journal) {
        return new DatasetIntake(storage, journal);
    }
}
