package xsh.toolstack.migrate;

import java.util.ArrayList;
import java.util.List;
import xsh.error.XshException;
import xsh.hv.DomainDefinition;
import xsh.hv.Hypervisor;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.Storage;
import xsh.toolstack.checkpoint.DiskDatasets;
import xsh.toolstack.migrate.storage.CreationJournal;
import xsh.toolstack.migrate.storage.DatasetMigration;

/** Makes the two halves of {@code --with-storage} on a host's storage. */
public final class StorageTransfers {

    private StorageTransfers() {
    }

    /**
     * The sender's half for the domain built from {@code definition}: the datasets holding
     * its disks ({@link DiskDatasets}), each after its ancestors. Disks that are on no
     * dataset are not sent (the target must have them already).
     *
     * @param tag names the migration's snapshots ({@code DATASET@tag-1}, {@code @tag-2}), unique per migration
     * @throws XshException when none of the domain's disks is on a dataset of this host's storage, or
     *         one is in a pool's root filesystem
     */
    public static StorageTransfer sender(Hypervisor hv, DomainDefinition definition, String tag) {
        Storage storage = hv.storage();
        List<String> names = new ArrayList<>(DiskDatasets.of(definition.config(), storage));
        if (names.isEmpty()) {
            throw new XshException("--with-storage: none of the disks of " + definition.config().name()
                    + " is on a ZFS dataset of this host", 1);
        }
        for (String name : names) {
            if (!name.contains("/")) {
                // a target always has its pool's root, and receiving into it would replace everything there
                throw new XshException("--with-storage: a disk of " + definition.config().name() + " is in " + name
                        + ", the root filesystem of its pool, which cannot be sent", 1);
            }
        }
        // a prefix sorts before its extensions: a dataset holding another is received first
        names.sort(null);
        List<Dataset> datasets = names.stream().map(name -> storage.dataset(name).orElseThrow(() ->
                new XshException("--with-storage: dataset " + name + " is gone", 1))).toList();
        return DatasetMigration.sender(storage, datasets, tag);
    }

    /** The receiver's half on {@code hv}'s storage, journalling nothing. */
    public static StorageIntake receiver(Hypervisor hv) {
        return receiver(hv, CreationJournal.NONE);
    }

    /**
     * The receiver's half on {@code hv}'s storage, telling {@code journal} of each dataset
     * before it makes it, so that a recovery can remove them after a crash
     * ({@link xsh.toolstack.migrate.storage.ReceivedDatasets#remove}).
     */
    public static StorageIntake receiver(Hypervisor hv, CreationJournal journal) {
        return DatasetMigration.receiver(hv.storage(), journal);
    }
}
