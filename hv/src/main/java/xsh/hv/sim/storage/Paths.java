package xsh.hv.sim.storage;

import java.util.Optional;
import xsh.hv.storage.StorageException;
import xsh.hv.sim.store.Tx;

/**
 * The embedded host's paths into its storage: {@code /dev/zvol/POOL/VOL} for a volume, and
 * {@code MOUNTPOINT/FILE} for a file of a mounted filesystem (files sit at the top of their
 * filesystem: there are no directories), and {@code MOUNTPOINT/.zfs/snapshot/SNAP/FILE} for
 * the file as a snapshot froze it.
 */
final class Paths {

    private static final String SNAPSHOT_DIR = ".zfs/snapshot/";

    /** A file path resolved: the filesystem it is in, its name there, and the file if it exists. */
    record FileTarget(DatasetRecord dataset, BlockMap.View view, String name, Optional<BlockMap.FileObject> existing,
                      boolean readOnlySnapshot) {
    }

    /** Data to read or write: one object as a view shows it. */
    record Data(BlockMap.View view, long obj, int blockSize, long size) {
    }

    private record Mount(DatasetRecord dataset, String mountpoint) {
    }

    private Paths() {
    }

    /** The filesystem mounted deepest above {@code path}. */
    private static Optional<Mount> mountOf(Tx tx, String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        PropertyView properties = new PropertyView(tx);
        Mount best = null;
        for (DatasetRecord d : DatasetTable.all(tx)) {
            if (!d.isFilesystem()) {
                continue;
            }
            String mp = properties.mountpoint(d);
            if (!mp.startsWith("/") || properties.effective(d, "canmount").orElse("on").equals("off")) {
                continue;
            }
            String prefix = mp.equals("/") ? "/" : mp + "/";
            if (path.startsWith(prefix) && (best == null || mp.length() > best.mountpoint().length())) {
                best = new Mount(d, mp);
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean underMountpoint(Tx tx, String path) {
        return mountOf(tx, path).isPresent();
    }

    /** Whether a mounted filesystem's mountpoint (a directory) is {@code path}. */
    static boolean isMountpoint(Tx tx, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        PropertyView properties = new PropertyView(tx);
        return DatasetTable.all(tx).stream().anyMatch(d -> d.isFilesystem() && properties.mountpoint(d).equals(p));
    }

    static Optional<FileTarget> fileTarget(Tx tx, String path) {
        Optional<Mount> mount = mountOf(tx, path);
        if (mount.isEmpty()) {
            return Optional.empty();
        }
        DatasetRecord fs = mount.get().dataset();
        String mp = mount.get().mountpoint();
        String rest = path.substring(mp.equals("/") ? 1 : mp.length() + 1);
        if (isMountpoint(tx, path)) {
            return Optional.empty();
        }
        BlockMap.View view = BlockMap.View.live(fs.id());
        boolean snapshot = false;
        if (rest.startsWith(SNAPSHOT_DIR)) {
            String inSnap = rest.substring(SNAPSHOT_DIR.length());
            int slash = inSnap.indexOf('/');
            if (slash <= 0) {
                return Optional.empty();
            }
            Optional<DatasetRecord> s = DatasetTable.byName(tx, fs.name() + "@" + inSnap.substring(0, slash));
            if (s.isEmpty()) {
                return Optional.empty();
            }
            view = new BlockMap.View(fs.id(), s.get().txg());
            rest = inSnap.substring(slash + 1);
            snapshot = true;
        }
        if (rest.isEmpty() || rest.contains("/") || rest.equals(".") || rest.equals("..")) {
            return Optional.empty();
        }
        return Optional.of(new FileTarget(fs, view, rest, BlockMap.objectAt(tx, view, rest), snapshot));
    }

    /** The live volume or file a guest's disk path names, if it exists. */
    static Optional<DiskLocation> disk(Tx tx, String path) {
        if (EmbeddedStorage.isZvolPath(path)) {
            return DatasetTable.byName(tx, path.substring(EmbeddedStorage.ZVOL_DIR.length()))
                    .filter(DatasetRecord::isVolume)
                    .flatMap(v -> BlockMap.object(tx, BlockMap.View.live(v.id()), BlockMap.VOLUME_OBJECT)
                            .map(o -> new DiskLocation(v.id(), o.obj(), v.blockSize(), o.size())));
        }
        return fileTarget(tx, path)
                .filter(t -> !t.readOnlySnapshot() && t.existing().isPresent())
                .map(t -> new DiskLocation(t.dataset().id(), t.existing().get().obj(), t.dataset().blockSize(),
                        t.existing().get().size()));
    }

    /** A volume ({@code pool/vol}, {@code pool/vol@snap}, {@code /dev/zvol/pool/vol}) or a file path. */
    static Data data(Tx tx, String target) {
        StorageException missing = new StorageException(target + ": No such file or directory");
        if (target.startsWith("/") && !EmbeddedStorage.isZvolPath(target)) {
            FileTarget t = fileTarget(tx, target).filter(f -> f.existing().isPresent()).orElseThrow(() -> missing);
            BlockMap.FileObject o = t.existing().get();
            return new Data(t.view(), o.obj(), t.dataset().blockSize(), o.size());
        }
        String name = EmbeddedStorage.isZvolPath(target) ? target.substring(EmbeddedStorage.ZVOL_DIR.length()) : target;
        DatasetRecord d = DatasetTable.byName(tx, name).orElseThrow(() -> missing);
        BlockMap.View view = d.isSnapshot() ? new BlockMap.View(d.parentId(), d.txg()) : BlockMap.View.live(d.id());
        BlockMap.FileObject o = BlockMap.object(tx, view, BlockMap.VOLUME_OBJECT).filter(x -> x.path().isEmpty())
                .orElseThrow(() -> new StorageException(target + ": not a volume"));
        return new Data(view, o.obj(), d.blockSize(), o.size());
    }
}
