package xsh.toolstack.zfs;

import java.util.EnumSet;
import java.util.Set;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;

/** zfs_open: a dataset a command names, which must exist and be of a type the command works on. */
public final class Datasets {

    private Datasets() {
    }

    public static Dataset open(Storage storage, String name, DatasetType first, DatasetType... rest) {
        Set<DatasetType> types = EnumSet.of(first, rest);
        Dataset dataset = storage.dataset(name).orElseThrow(() ->
                new StorageException("cannot open '" + name + "': dataset does not exist"));
        if (!types.contains(dataset.type())) {
            throw new StorageException("cannot open '" + name + "': operation not applicable to datasets of this type");
        }
        return dataset;
    }

    public static Dataset openAny(Storage storage, String name) {
        return open(storage, name, DatasetType.FILESYSTEM, DatasetType.VOLUME, DatasetType.SNAPSHOT);
    }
}
