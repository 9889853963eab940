package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.List;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;

/**
 * {@code zfs destroy [-rRfd] dataset|snapshot}: -r with its children and snapshots, -R also
 * the clones made from them; {@code -r fs@snap} that snapshot of the dataset and of every
 * descendant that has it. A pool is never destroyed, only emptied with -r.
 */
public record ZfsDestroy(String name, boolean recursive, boolean clones) implements ZfsRequest {

    static final String COMMAND = "destroy";

    public static ZfsDestroy parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, "dfrR", COMMAND);
        Zfs.requireOperands(parsed.operands(), 1, 1, "missing path argument", COMMAND);
        boolean clones = parsed.has('R');
        return new ZfsDestroy(parsed.operands().get(0), parsed.has('r') || clones, clones);
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        int at = name.indexOf('@');
        if (recursive && at >= 0) {
            destroySnapshots(storage, name.substring(0, at), name.substring(at));
            return ZfsOutcome.done();
        }
        if (at >= 0) {
            // zfs opens the snapshot's dataset first, then looks for the snapshot itself
            Datasets.open(storage, name.substring(0, at), DatasetType.FILESYSTEM, DatasetType.VOLUME);
            if (storage.dataset(name).isEmpty()) {
                throw noSnapshots();
            }
        }
        Dataset dataset = Datasets.openAny(storage, name);
        boolean pool = dataset.type() == DatasetType.FILESYSTEM && name.indexOf('/') < 0;
        if (pool && !recursive) {
            throw new StorageException("cannot destroy '" + name + "': operation does not apply to pools\n"
                    + "use 'zfs destroy -r " + name + "' to destroy all datasets in the pool\n"
                    + "use 'zpool destroy " + name + "' to destroy the pool itself");
        }
        if (clones) {
            destroyClones(storage, name);
        }
        if (pool) {
            for (Dataset child : children(storage, name)) {
                storage.destroy(child.name(), true);
            }
        } else {
            storage.destroy(name, recursive);
        }
        return ZfsOutcome.done();
    }

    /** {@code -r fs@snap}: the snapshot named so under fs and each of its descendants. */
    private void destroySnapshots(Storage storage, String dataset, String snapshotSuffix) {
        Datasets.open(storage, dataset, DatasetType.FILESYSTEM, DatasetType.VOLUME);
        List<String> found = new ArrayList<>();
        for (Dataset candidate : storage.datasets()) {
            String candidateName = candidate.name();
            if (candidateName.endsWith(snapshotSuffix)) {
                String owner = candidateName.substring(0, candidateName.length() - snapshotSuffix.length());
                if (owner.equals(dataset) || owner.startsWith(dataset + "/")) {
                    found.add(candidateName);
                }
            }
        }
        if (found.isEmpty()) {
            throw noSnapshots();
        }
        for (String snapshot : found) {
            if (clones) {
                destroyClones(storage, snapshot);
            }
            storage.destroy(snapshot, false);
        }
    }

    private static StorageException noSnapshots() {
        return new StorageException("could not find any snapshots to destroy; check snapshot names.");
    }

    /** -R: every clone of a snapshot of {@code root} or below it, with what depends on it. */
    private static void destroyClones(Storage storage, String root) {
        for (Dataset dataset : storage.datasets()) {
            String origin = dataset.property("origin").orElse("-");
            if (origin.equals(root) || origin.startsWith(root + "@") || origin.startsWith(root + "/")) {
                if (storage.dataset(dataset.name()).isPresent()) {
                    destroyClones(storage, dataset.name());
                    storage.destroy(dataset.name(), true);
                }
            }
        }
    }

    /** A pool's direct children and its own snapshots: what -r on a pool destroys. */
    private static List<Dataset> children(Storage storage, String pool) {
        return storage.datasets().stream()
                .filter(d -> pool.equals(DatasetSelection.parentName(d.name())))
                .toList();
    }
}
