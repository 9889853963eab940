package xsh.hv.sim.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.StorageException;
import xsh.hv.sim.store.Tx;

/** {@code zfs send} and {@code zfs recv} on the embedded storage, through {@link SendStream}. */
final class Replication {

    private Replication() {
    }

    static byte[] send(Tx tx, String snapshot, Optional<String> from) {
        if (!DatasetName.isSnapshot(snapshot)) {
            throw new StorageException("argument must be a snapshot", 2);
        }
        DatasetRecord s = DatasetTable.require(tx, snapshot);
        DatasetRecord head = DatasetTable.byId(tx, s.parentId()).orElseThrow();
        BlockMap.View to = new BlockMap.View(head.id(), s.txg());
        List<SendStream.Change> changes = new ArrayList<>();
        if (from.isEmpty()) {
            for (BlockMap.FileObject o : BlockMap.objects(tx, to)) {
                changes.add(new SendStream.ObjectSize(o.obj(), o.path(), o.size()));
                for (BlockMap.StoredBlock b : BlockMap.blocks(tx, to, o.obj())) {
                    changes.add(new SendStream.BlockData(o.obj(), b.blkid(), b.data()));
                }
            }
            return SendStream.write(head.type(), snapshot, s.guid(), "", 0, head.blockSize(), changes);
        }
        String fromName = from.get().startsWith("@") ? head.name() + from.get() : from.get();
        DatasetRecord f = DatasetTable.require(tx, fromName);
        if (!f.isSnapshot() || !f.parentId().equals(s.parentId()) || f.txg() >= s.txg()) {
            throw new StorageException("cannot send '" + snapshot + "': not an earlier snapshot from the same fs");
        }
        BlockMap.View base = new BlockMap.View(head.id(), f.txg());
        Map<Long, BlockMap.FileObject> before = new HashMap<>();
        for (BlockMap.FileObject o : BlockMap.objects(tx, base)) {
            before.put(o.obj(), o);
        }
        Set<Long> now = new HashSet<>();
        for (BlockMap.FileObject o : BlockMap.objects(tx, to)) {
            now.add(o.obj());
            BlockMap.FileObject old = before.get(o.obj());
            if (old == null || old.size() != o.size() || !old.path().equals(o.path())) {
                changes.add(new SendStream.ObjectSize(o.obj(), o.path(), o.size()));
            }
            Set<Long> present = new HashSet<>(BlockMap.blockIds(tx, to, o.obj()));
            if (old != null) {
                for (long blkid : BlockMap.blockIds(tx, base, o.obj())) {
                    if (!present.contains(blkid)) {
                        changes.add(new SendStream.BlockHole(o.obj(), blkid));
                    }
                }
            }
            for (long blkid : BlockMap.blocksBornAfter(tx, to, o.obj(), f.txg())) {
                changes.add(new SendStream.BlockData(o.obj(), blkid, BlockMap.block(tx, to, o.obj(), blkid).orElseThrow()));
            }
        }
        for (long obj : before.keySet()) {
            if (!now.contains(obj)) {
                changes.add(new SendStream.ObjectGone(obj));
            }
        }
        return SendStream.write(head.type(), snapshot, s.guid(), fromName, f.guid(), head.blockSize(), changes);
    }

    static void receive(Tx tx, String target, SendStream.Parsed stream, boolean force) {
        String name = DatasetName.isSnapshot(target) ? DatasetName.datasetOf(target) : target;
        String snap = DatasetName.isSnapshot(target) ? DatasetName.snapOf(target) : DatasetName.snapOf(stream.snapshot());
        DatasetName.check(name + "@" + snap, true, "cannot receive");
        String pool = DatasetName.pool(name);
        if (!ZfsTables.poolExists(tx, pool)) {
            throw new StorageException("cannot receive: no such pool '" + pool + "'");
        }
        DatasetRecord d = stream.incremental() ? incrementalTarget(tx, name, stream, force) : fullTarget(tx, name, stream, force);
        if (DatasetTable.byName(tx, name + "@" + snap).isPresent()) {
            throw new StorageException("cannot receive " + (stream.incremental() ? "incremental" : "new filesystem")
                    + " stream: destination snapshot '" + name + "@" + snap + "' exists");
        }
        long txg = Txg.next(tx);
        for (SendStream.Change c : stream.changes()) {
            if (c instanceof SendStream.ObjectSize o) {
                BlockMap.putObject(tx, d.id(), o.obj(), o.path(), o.size(), d.blockSize(), txg);
            } else if (c instanceof SendStream.ObjectGone g) {
                BlockMap.removeObject(tx, d.id(), g.obj(), txg);
            } else if (c instanceof SendStream.BlockData b) {
                BlockMap.writeBlock(tx, d.id(), b.obj(), b.blkid(), d.blockSize(), b.data(), txg);
            } else if (c instanceof SendStream.BlockHole h) {
                BlockMap.freeBlock(tx, d.id(), h.obj(), h.blkid(), txg);
            }
        }
        DatasetTable.insert(tx, name + "@" + snap, DatasetType.SNAPSHOT, d.id(), null, Txg.next(tx), d.blockSize(), stream.guid());
    }

    private static DatasetRecord fullTarget(Tx tx, String name, SendStream.Parsed stream, boolean force) {
        String refusal = "cannot receive new filesystem stream";
        Optional<DatasetRecord> existing = DatasetTable.byName(tx, name);
        if (existing.isPresent()) {
            DatasetRecord d = existing.get();
            if (!force) {
                throw new StorageException(refusal + ": destination '" + name + "' exists\nmust specify -F to overwrite it");
            }
            List<DatasetRecord> snapshots = DatasetTable.snapshots(tx, d.id());
            if (!snapshots.isEmpty()) {
                throw new StorageException(refusal + ": destination has snapshots (eg. " + snapshots.get(0).name()
                        + ")\nmust destroy them to overwrite it");
            }
            if (d.type() != stream.type() || d.isPoolRoot() && stream.type() != DatasetType.FILESYSTEM) {
                throw new StorageException(refusal + ": destination '" + name + "' is a " + d.type().word()
                        + ", not a " + stream.type().word());
            }
            if (Destruction.inUse(tx, d.id())) {
                throw new StorageException("cannot receive: dataset is busy");
            }
            BlockMap.dropLive(tx, d.id(), Txg.next(tx));
            tx.update("UPDATE zfs_datasets SET block_size = ? WHERE id = ?", stream.blockSize(), d.id());
            return DatasetTable.byId(tx, d.id()).orElseThrow();
        }
        String parentName = DatasetName.parent(name).orElseThrow();
        DatasetRecord parent = DatasetTable.require(tx, parentName);
        if (!parent.isFilesystem()) {
            throw new StorageException(refusal + ": parent '" + parentName + "' is not a filesystem");
        }
        long id = DatasetTable.insert(tx, name, stream.type(), parent.id(), null, Txg.next(tx), stream.blockSize());
        return DatasetTable.byId(tx, id).orElseThrow();
    }

    private static DatasetRecord incrementalTarget(Tx tx, String name, SendStream.Parsed stream, boolean force) {
        String refusal = "cannot receive incremental stream";
        DatasetRecord d = DatasetTable.byName(tx, name)
                .orElseThrow(() -> new StorageException(refusal + ": destination '" + name + "' does not exist"));
        List<DatasetRecord> snapshots = DatasetTable.snapshots(tx, d.id());
        StorageException mismatch = new StorageException(refusal + ": most recent snapshot of " + name
                + " does not\nmatch incremental source");
        DatasetRecord base = snapshots.stream().filter(s -> s.guid() == stream.fromGuid()).findFirst().orElseThrow(() -> mismatch);
        List<DatasetRecord> later = snapshots.stream().filter(s -> s.txg() > base.txg()).toList();
        if (!later.isEmpty()) {
            if (!force) {
                throw mismatch;
            }
            for (DatasetRecord l : later) {
                if (!DatasetTable.clones(tx, l.id()).isEmpty()) {
                    throw new StorageException(refusal + ": destination " + name + " has dependent clones");
                }
            }
            for (int i = later.size() - 1; i >= 0; i--) {
                Destruction.destroySnapshot(tx, later.get(i));
            }
        }
        if (BlockMap.changedSince(tx, d.id(), base.txg())) {
            if (!force) {
                throw new StorageException(refusal + ": destination " + name + " has been modified\nsince most recent snapshot");
            }
            BlockMap.rollback(tx, d.id(), base.txg());
        }
        return d;
    }
}
