package xsh.hv.sim.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import xsh.hv.storage.StorageException;
import xsh.hv.sim.store.Tx;

/** {@code zfs destroy [-r]}: what it refuses, naming the dependents as zfs does, and what it frees. */
final class Destruction {

    private Destruction() {
    }

    static void destroy(Tx tx, String name, boolean recursive) {
        if (DatasetName.isSnapshot(name)) {
            destroySnapshots(tx, name, recursive);
            return;
        }
        DatasetRecord d = DatasetTable.require(tx, name);
        String refusal = "cannot destroy '" + name + "'";
        if (d.isPoolRoot() && !recursive) {
            throw new StorageException(refusal + ": operation does not apply to pools\n"
                    + "use 'zfs destroy -r " + name + "' to destroy all datasets in the pool\n"
                    + "use 'zpool destroy " + name + "' to destroy the pool itself");
        }
        List<DatasetRecord> dependents = new ArrayList<>();
        for (DatasetRecord c : DatasetTable.children(tx, d.id())) {
            subtree(tx, c, dependents);
        }
        dependents.addAll(DatasetTable.snapshots(tx, d.id()));
        String kind = d.isVolume() ? "volume" : "filesystem";
        if (!recursive && !dependents.isEmpty()) {
            throw new StorageException(refusal + ": " + kind + " has children\n"
                    + "use '-r' to destroy the following datasets:\n" + EmbeddedStorage.names(dependents));
        }
        List<DatasetRecord> doomed = new ArrayList<>(dependents);
        if (!d.isPoolRoot()) {
            doomed.add(d);
        }
        Set<Long> doomedIds = new HashSet<>();
        doomed.forEach(x -> doomedIds.add(x.id()));
        List<DatasetRecord> outsideClones = new ArrayList<>();
        for (DatasetRecord x : doomed) {
            if (x.isSnapshot()) {
                DatasetTable.clones(tx, x.id()).stream().filter(c -> !doomedIds.contains(c.id())).forEach(outsideClones::add);
            }
        }
        if (!outsideClones.isEmpty()) {
            throw new StorageException(refusal + ": " + kind + " has dependent clones\n"
                    + "use '-R' to destroy the following datasets:\n" + EmbeddedStorage.names(outsideClones));
        }
        for (DatasetRecord x : doomed) {
            if (!x.isSnapshot() && inUse(tx, x.id())) {
                throw new StorageException("cannot destroy '" + x.name() + "': dataset is busy");
            }
        }
        for (DatasetRecord x : doomed) {
            tx.update("UPDATE zfs_datasets SET origin_id = NULL WHERE id = ?", x.id());
        }
        for (DatasetRecord x : doomed) {
            if (x.isSnapshot() && x.parentId() == d.id() && d.isPoolRoot()) {
                destroySnapshot(tx, x); // the pool's root stays: only what its snapshot alone held goes
            } else if (x.isSnapshot()) {
                DatasetTable.delete(tx, x.id());
            } else {
                BlockMap.dropDataset(tx, x.id());
                DatasetTable.delete(tx, x.id());
            }
        }
        BlockMap.collectGarbage(tx);
    }

    /** What {@code -r} destroys of a child, in zfs's order: its children's, its snapshots, itself. */
    private static void subtree(Tx tx, DatasetRecord d, List<DatasetRecord> out) {
        for (DatasetRecord c : DatasetTable.children(tx, d.id())) {
            subtree(tx, c, out);
        }
        out.addAll(DatasetTable.snapshots(tx, d.id()));
        out.add(d);
    }

    /** {@code zfs destroy [-r] FS@SNAP}: with {@code -r}, that snapshot of every dataset below too. */
    private static void destroySnapshots(Tx tx, String name, boolean recursive) {
        DatasetRecord head = DatasetTable.require(tx, DatasetName.datasetOf(name));
        String snap = DatasetName.snapOf(name);
        List<DatasetRecord> heads = new ArrayList<>();
        if (recursive) {
            collectHeads(tx, head, heads);
        } else {
            heads.add(head);
        }
        List<DatasetRecord> targets = new ArrayList<>();
        for (DatasetRecord h : heads) {
            DatasetTable.byName(tx, h.name() + "@" + snap).ifPresent(targets::add);
        }
        if (targets.isEmpty()) {
            throw new StorageException("could not find any snapshots to destroy; check snapshot names.");
        }
        for (DatasetRecord s : targets) {
            List<DatasetRecord> clones = DatasetTable.clones(tx, s.id());
            if (!clones.isEmpty()) {
                throw new StorageException("cannot destroy '" + s.name() + "': snapshot has dependent clones\n"
                        + "use '-R' to destroy the following datasets:\n" + EmbeddedStorage.names(clones));
            }
        }
        for (DatasetRecord s : targets) {
            destroySnapshot(tx, s);
        }
    }

    private static void collectHeads(Tx tx, DatasetRecord d, List<DatasetRecord> out) {
        out.add(d);
        for (DatasetRecord c : DatasetTable.children(tx, d.id())) {
            collectHeads(tx, c, out);
        }
    }

    /** Forgets one snapshot: the blocks only it held are freed. */
    static void destroySnapshot(Tx tx, DatasetRecord s) {
        List<DatasetRecord> siblings = DatasetTable.snapshots(tx, s.parentId());
        long previous = -1;
        Long next = null;
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).id() == s.id()) {
                previous = i > 0 ? siblings.get(i - 1).txg() : -1;
                next = i + 1 < siblings.size() ? siblings.get(i + 1).txg() : null;
            }
        }
        BlockMap.dropSnapshot(tx, s.parentId(), previous, s.txg(), next);
        DatasetTable.delete(tx, s.id());
    }

    /** A running guest's disk is on it. */
    static boolean inUse(Tx tx, long datasetId) {
        return tx.exists("SELECT 1 FROM disk_writers WHERE dataset_id = ? LIMIT 1", datasetId);
    }
}
