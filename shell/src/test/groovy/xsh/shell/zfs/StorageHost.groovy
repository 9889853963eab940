package xsh.shell.zfs

import xsh.hv.storage.Storage
import xsh.toolstack.fake.FakeHypervisor

/** A fake host with a storage. */
class StorageHost extends FakeHypervisor {
    Storage hostStorage

    @Override
    Storage storage() {
        hostStorage
    }
}
