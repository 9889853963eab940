package xsh.hv.sim.storage;

import xsh.hv.storage.DatasetType;

/**
 * A row of {@code zfs_datasets}.
 *
 * @param parentId  a filesystem's or volume's parent (null for a pool's root); a snapshot's dataset
 * @param originId  a clone's origin snapshot, or null
 * @param txg       when it was made; for a snapshot, the txg it shows
 * @param blockSize recordsize of a filesystem's files, volblocksize of a volume
 */
record DatasetRecord(long id, String name, String pool, DatasetType type, Long parentId, Long originId,
                     long txg, long createdNs, long guid, int blockSize) {

    boolean isSnapshot() {
        return type == DatasetType.SNAPSHOT;
    }

    boolean isVolume() {
        return type == DatasetType.VOLUME;
    }

    boolean isFilesystem() {
        return type == DatasetType.FILESYSTEM;
    }

    boolean isPoolRoot() {
        return parentId == null;
    }

    /** The dataset whose rows this one shows: a snapshot's head, or itself. */
    long headId() {
        return isSnapshot() ? parentId : id;
    }

    String snapName() {
        return DatasetName.snapOf(name);
    }
}
