package xsh.hv.sim.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;
import xsh.hv.sim.store.HostStore;
import xsh.hv.sim.store.Tx;

/**
 * The embedded host's ZFS: pools {@code zroot} and {@code tank}, copy-on-write datasets in
 * the host's database (see {@link BlockMap}), so every operation is one transaction, seen
 * at once by every process on the host. Guests' disks live here: a volume is
 * {@code /dev/zvol/POOL/VOL} and a filesystem's files are under its mountpoint, paths of the
 * embedded host, never of this machine.
 *
 * <p>Every operation is a write transaction, even a listing: a running guest's disk writes
 * up to now are applied first (see {@code xsh.hv.sim.disks}), so what it shows is current.
 */
public final class EmbeddedStorage implements Storage {

    public static final String ZVOL_DIR = "/dev/zvol/";

    private final HostStore store;

    public EmbeddedStorage(HostStore store) {
        this.store = store;
    }

    private <T> T write(java.util.function.Function<Tx, T> work) {
        return store.write(tx -> {
            ZfsTables.ensureRoots(tx);
            return work.apply(tx);
        });
    }

    private void change(java.util.function.Consumer<Tx> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    // ---- listing -----------------------------------------------------------------------

    @Override
    public List<String> pools() {
        return store.read(ZfsTables::pools);
    }

    /** zfs's order: by name (byte order, as strcmp), each dataset's snapshots after it, oldest first. */
    @Override
    public List<Dataset> datasets() {
        return write(tx -> {
            PropertyView view = new PropertyView(tx);
            List<Dataset> out = new ArrayList<>();
            for (DatasetRecord d : DatasetTable.heads(tx)) {
                out.add(view.dataset(d));
                for (DatasetRecord s : DatasetTable.snapshots(tx, d.id())) {
                    out.add(view.dataset(s));
                }
            }
            return out;
        });
    }

    /**
     * A read transaction of names alone: no guest's disk writes need applying for them, and no
     * space accounting. A pool whose root filesystem was never made (an old host) still names it.
     */
    @Override
    public List<String> names() {
        return store.read(tx -> {
            record Row(String name, String head) {
            }
            List<Row> rows = tx.list("SELECT d.name, p.name FROM zfs_datasets d"
                    + " LEFT JOIN zfs_datasets p ON d.type = 'SNAPSHOT' AND p.id = d.parent_id"
                    + " ORDER BY d.txg, d.id", rs -> new Row(rs.getString(1), rs.getString(2)));
            TreeMap<String, List<String>> snapshotsByHead = new TreeMap<>();
            ZfsTables.pools(tx).forEach(pool -> snapshotsByHead.put(pool, new ArrayList<>()));
            for (Row row : rows) {
                if (row.head() == null) {
                    snapshotsByHead.putIfAbsent(row.name(), new ArrayList<>());
                }
            }
            for (Row row : rows) {
                if (row.head() != null) {
                    snapshotsByHead.computeIfAbsent(row.head(), head -> new ArrayList<>()).add(row.name());
                }
            }
            List<String> out = new ArrayList<>();
            snapshotsByHead.forEach((head, snapshots) -> {
                out.add(head);
                out.addAll(snapshots);
            });
            return out;
        });
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        return write(tx -> DatasetTable.byName(tx, name).map(d -> new PropertyView(tx).dataset(d)));
    }

    // ---- create ------------------------------------------------------------------------

    @Override
    public Dataset createFilesystem(String name, Map<String, String> properties, boolean parents) {
        return write(tx -> {
            String refusal = "cannot create '" + name + "'";
            Optional<DatasetRecord> existing = DatasetTable.byName(tx, name);
            if (parents && existing.isPresent() && !existing.get().isSnapshot()) {
                return view(tx, existing.get().id()); // zfs create -p: content when it is there
            }
            DatasetRecord parent = prepareCreate(tx, name, refusal, parents);
            Map<String, String> props = normalized(DatasetType.FILESYSTEM, properties, refusal);
            long id = DatasetTable.insert(tx, name, DatasetType.FILESYSTEM, parent.id(), null, Txg.next(tx),
                    PropertyRules.DEFAULT_RECORDSIZE);
            props.forEach((k, v) -> DatasetTable.setLocal(tx, id, k, v));
            return view(tx, id);
        });
    }

    @Override
    public Dataset createVolume(String name, long sizeBytes, Map<String, String> properties, boolean parents, boolean sparse) {
        return write(tx -> {
            String refusal = "cannot create '" + name + "'";
            // zfs's order: the name and where it goes, then the properties, then the size
            DatasetRecord parent = prepareCreate(tx, name, refusal, parents);
            Map<String, String> props = normalized(DatasetType.VOLUME, properties, refusal);
            int blockSize = Integer.parseInt(props.getOrDefault("volblocksize", String.valueOf(PropertyRules.DEFAULT_VOLBLOCKSIZE)));
            props.remove("volblocksize");
            checkVolsize(sizeBytes, blockSize, refusal);
            if (!sparse && sizeBytes > SpaceAccounting.of(tx, parent.pool()).poolFree()) {
                throw new StorageException(refusal + ": out of space");
            }
            long txg = Txg.next(tx);
            long id = DatasetTable.insert(tx, name, DatasetType.VOLUME, parent.id(), null, txg, blockSize);
            props.forEach((k, v) -> DatasetTable.setLocal(tx, id, k, v));
            if (!sparse && !props.containsKey("refreservation")) {
                DatasetTable.setLocal(tx, id, "refreservation", String.valueOf(sizeBytes + SpaceAccounting.VOLUME_OVERHEAD));
            }
            BlockMap.putObject(tx, id, BlockMap.VOLUME_OBJECT, "", sizeBytes, blockSize, txg);
            return view(tx, id);
        });
    }

    private static void checkVolsize(long sizeBytes, int blockSize, String refusal) {
        if (sizeBytes == 0) {
            throw new StorageException(refusal + ": volume size cannot be zero");
        }
        if (sizeBytes < 0) {
            throw new StorageException(refusal + ": bad volume size '" + sizeBytes + "'");
        }
        if (sizeBytes % blockSize != 0) {
            throw new StorageException(refusal + ": volume size must be a multiple of volume block size");
        }
    }

    /** Checks a new dataset's name and place; makes missing parents with {@code parents}. Returns the parent. */
    private static DatasetRecord prepareCreate(Tx tx, String name, String refusal, boolean parents) {
        DatasetName.check(name, false, refusal);
        String pool = DatasetName.pool(name);
        if (!ZfsTables.poolExists(tx, pool)) {
            throw new StorageException(refusal + ": no such pool '" + pool + "'");
        }
        Optional<String> parentName = DatasetName.parent(name);
        if (parentName.isEmpty()) {
            throw new StorageException(DatasetTable.byName(tx, name).isPresent()
                    ? refusal + ": dataset already exists" : refusal + ": missing dataset name");
        }
        if (DatasetTable.byName(tx, name).isPresent()) {
            throw new StorageException(refusal + ": dataset already exists");
        }
        Optional<DatasetRecord> parent = DatasetTable.byName(tx, parentName.get());
        if (parent.isEmpty()) {
            if (!parents) {
                throw new StorageException(refusal + ": parent does not exist");
            }
            DatasetRecord grand = prepareCreate(tx, parentName.get(), refusal, true);
            long id = DatasetTable.insert(tx, parentName.get(), DatasetType.FILESYSTEM, grand.id(), null, Txg.next(tx),
                    PropertyRules.DEFAULT_RECORDSIZE);
            parent = DatasetTable.byId(tx, id);
        }
        if (!parent.get().isFilesystem()) {
            throw new StorageException(refusal + ": parent is not a filesystem");
        }
        return parent.get();
    }

    private static Map<String, String> normalized(DatasetType type, Map<String, String> properties, String refusal) {
        Map<String, String> out = new java.util.TreeMap<>();
        properties.forEach((k, v) -> out.put(k, PropertyRules.normalize(type, k, v, true, refusal)));
        return out;
    }

    private static Dataset view(Tx tx, long id) {
        return new PropertyView(tx).dataset(DatasetTable.byId(tx, id).orElseThrow());
    }

    // ---- snapshots and clones ----------------------------------------------------------

    @Override
    public void snapshot(List<String> snapshots, boolean recursive) {
        change(tx -> {
            List<String> names = new ArrayList<>();
            List<DatasetRecord> heads = new ArrayList<>();
            for (String snapshot : snapshots) {
                String refusal = "cannot create snapshot '" + snapshot + "'";
                DatasetName.check(snapshot, true, refusal);
                DatasetRecord head = DatasetTable.require(tx, DatasetName.datasetOf(snapshot));
                List<DatasetRecord> targets = recursive ? subtreeHeads(tx, head) : List.of(head);
                for (DatasetRecord t : targets) {
                    String name = t.name() + "@" + DatasetName.snapOf(snapshot);
                    if (DatasetTable.byName(tx, name).isPresent()) {
                        throw new StorageException("cannot create snapshot '" + name + "': dataset already exists");
                    }
                    if (heads.stream().anyMatch(h -> h.id() == t.id())) {
                        throw new StorageException("cannot create snapshots : multiple snapshots of same fs not allowed");
                    }
                    names.add(name);
                    heads.add(t);
                }
            }
            // one txg for all: they show the same instant
            long txg = Txg.next(tx);
            for (int i = 0; i < names.size(); i++) {
                DatasetRecord h = heads.get(i);
                DatasetTable.insert(tx, names.get(i), DatasetType.SNAPSHOT, h.id(), null, txg, h.blockSize());
            }
        });
    }

    /** A dataset and every filesystem and volume below it, parents first. */
    private static List<DatasetRecord> subtreeHeads(Tx tx, DatasetRecord d) {
        List<DatasetRecord> out = new ArrayList<>();
        out.add(d);
        for (DatasetRecord c : DatasetTable.children(tx, d.id())) {
            out.addAll(subtreeHeads(tx, c));
        }
        return out;
    }

    @Override
    public Dataset clone(String snapshot, String target, Map<String, String> properties, boolean parents) {
        return write(tx -> {
            DatasetRecord origin = requireSnapshot(tx, snapshot);
            DatasetRecord head = DatasetTable.byId(tx, origin.parentId()).orElseThrow();
            String refusal = "cannot create '" + target + "'";
            DatasetName.check(target, false, refusal);
            if (!DatasetName.pool(target).equals(origin.pool()) && ZfsTables.poolExists(tx, DatasetName.pool(target))) {
                throw new StorageException(refusal + ": source and target pools differ");
            }
            DatasetRecord parent = prepareCreate(tx, target, refusal, parents);
            Map<String, String> props = normalized(head.type(), properties, refusal);
            long id = DatasetTable.insert(tx, target, head.type(), parent.id(), origin.id(), Txg.next(tx), head.blockSize());
            props.forEach((k, v) -> DatasetTable.setLocal(tx, id, k, v));
            BlockMap.copyVisible(tx, new BlockMap.View(head.id(), origin.txg()), id);
            return view(tx, id);
        });
    }

    private static DatasetRecord requireSnapshot(Tx tx, String name) {
        DatasetRecord s = DatasetTable.require(tx, name);
        if (!s.isSnapshot()) {
            throw new StorageException("cannot open '" + name + "': operation not applicable to datasets of this type");
        }
        return s;
    }

    @Override
    public void rollback(String snapshot, boolean destroyLater) {
        change(tx -> {
            DatasetRecord s = requireSnapshot(tx, snapshot);
            List<DatasetRecord> later = DatasetTable.snapshots(tx, s.parentId()).stream().filter(o -> o.txg() > s.txg()).toList();
            if (!later.isEmpty()) {
                String refusal = "cannot rollback to '" + snapshot + "'";
                if (!destroyLater) {
                    throw new StorageException(refusal + ": more recent snapshots exist\n"
                            + "use '-r' to force deletion of the following snapshots:\n" + names(later));
                }
                List<DatasetRecord> clones = later.stream().flatMap(l -> DatasetTable.clones(tx, l.id()).stream()).toList();
                if (!clones.isEmpty()) {
                    throw new StorageException(refusal + ": clones of previous snapshots exist\n"
                            + "use '-R' to force deletion of the following clones and dependents:\n" + names(clones));
                }
                for (int i = later.size() - 1; i >= 0; i--) {
                    Destruction.destroySnapshot(tx, later.get(i));
                }
            }
            BlockMap.rollback(tx, s.parentId(), s.txg());
            Txg.next(tx);
        });
    }

    static String names(List<DatasetRecord> datasets) {
        return String.join("\n", datasets.stream().map(DatasetRecord::name).toList());
    }

    @Override
    public void destroy(String name, boolean recursive) {
        change(tx -> Destruction.destroy(tx, name, recursive));
    }

    // ---- rename and set ----------------------------------------------------------------

    @Override
    public void rename(String from, String to, boolean parents) {
        change(tx -> {
            DatasetRecord d = DatasetTable.require(tx, from);
            if (d.isSnapshot()) {
                String target = to.startsWith("@") ? DatasetName.datasetOf(from) + to : to;
                String refusal = "cannot rename to '" + target + "'";
                if (!DatasetName.isSnapshot(target) || !DatasetName.datasetOf(target).equals(DatasetName.datasetOf(from))) {
                    throw new StorageException(refusal + ": snapshots must be part of same dataset");
                }
                DatasetName.check(target, true, refusal);
                if (DatasetTable.byName(tx, target).isPresent()) {
                    throw new StorageException(refusal + ": dataset already exists");
                }
                DatasetTable.rename(tx, d.id(), target);
                return;
            }
            if (d.isPoolRoot()) {
                throw new StorageException("cannot rename '" + from + "': operation does not apply to pools");
            }
            String refusal = "cannot rename to '" + to + "'";
            DatasetName.check(to, false, refusal);
            if (!DatasetName.pool(to).equals(d.pool())) {
                throw new StorageException(refusal + ": datasets must be within same pool");
            }
            if (to.startsWith(from + "/")) {
                throw new StorageException(refusal + ": New dataset name cannot be a descendant of current dataset name");
            }
            if (DatasetTable.byName(tx, to).isPresent()) {
                throw new StorageException(refusal + ": dataset already exists");
            }
            if (DatasetName.parent(to).isEmpty()) {
                throw new StorageException(refusal + ": dataset already exists");
            }
            DatasetRecord parent = prepareCreate(tx, to, refusal, parents);
            DatasetTable.renamePrefix(tx, from, to);
            DatasetTable.setParent(tx, d.id(), parent.id());
        });
    }

    @Override
    public void set(String name, String property, String value) {
        change(tx -> {
            DatasetRecord d = DatasetTable.require(tx, name);
            String refusal = "cannot set property for '" + name + "'";
            String v = PropertyRules.normalize(d.type(), property, value, false, refusal);
            SpaceAccounting space = SpaceAccounting.of(tx, d.pool());
            switch (property) {
                case "volsize" -> {
                    long size = Long.parseLong(v);
                    checkVolsize(size, d.blockSize(), refusal);
                    long old = BlockMap.object(tx, BlockMap.View.live(d.id()), BlockMap.VOLUME_OBJECT).orElseThrow().size();
                    Optional<String> refres = DatasetTable.local(tx, d.id(), "refreservation");
                    boolean thick = refres.isPresent() && Long.parseLong(refres.get()) == old + SpaceAccounting.VOLUME_OVERHEAD;
                    if (thick && size - old > space.poolFree()) {
                        throw new StorageException(refusal + ": out of space");
                    }
                    BlockMap.putObject(tx, d.id(), BlockMap.VOLUME_OBJECT, "", size, d.blockSize(), Txg.next(tx));
                    if (thick) {
                        DatasetTable.setLocal(tx, d.id(), "refreservation", String.valueOf(size + SpaceAccounting.VOLUME_OVERHEAD));
                    }
                }
                case "quota" -> {
                    long quota = Long.parseLong(v);
                    if (quota > 0 && quota < space.space(d).used()) {
                        throw new StorageException(refusal + ": size is less than current used or reserved space");
                    }
                    DatasetTable.setLocal(tx, d.id(), property, v);
                }
                case "reservation", "refreservation" -> {
                    if (Long.parseLong(v) > space.poolFree() + space.space(d).used()) {
                        throw new StorageException(refusal + ": size is greater than available space");
                    }
                    DatasetTable.setLocal(tx, d.id(), property, v);
                }
                default -> DatasetTable.setLocal(tx, d.id(), property, v);
            }
        });
    }

    // ---- send and receive --------------------------------------------------------------

    @Override
    public void send(String snapshot, Optional<String> from, OutputStream out) {
        byte[] stream = write(tx -> Replication.send(tx, snapshot, from));
        try {
            out.write(stream);
            out.flush();
        } catch (IOException e) {
            throw new StorageException("cannot send '" + snapshot + "': " + (e.getMessage() == null ? "write error" : e.getMessage()), e);
        }
    }

    @Override
    public void receive(String target, InputStream in, boolean force) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new StorageException("cannot receive: failed to read from stream", e);
        }
        SendStream.Parsed stream = SendStream.read(bytes);
        change(tx -> Replication.receive(tx, target, stream, force));
    }

    // ---- the embedded host's own: files, data, pool sizes --------------------------------

    /**
     * Makes the file {@code path} of {@code size} bytes in the filesystem mounted there, or
     * resizes it (what {@code truncate -s SIZE PATH} does): sparse, all holes.
     */
    @Override
    public void createFile(String path, long size) {
        change(tx -> {
            if (size < 0) {
                throw new StorageException("truncate: invalid size: " + size);
            }
            if (Paths.isMountpoint(tx, path)) {
                throw new StorageException("truncate: cannot open '" + path + "' for writing: Is a directory");
            }
            Paths.FileTarget target = Paths.fileTarget(tx, path)
                    .orElseThrow(() -> new StorageException("truncate: cannot open '" + path + "' for writing: No such file or directory"));
            if (target.readOnlySnapshot() || readonly(tx, target.dataset())) {
                throw new StorageException("truncate: cannot open '" + path + "' for writing: Read-only file system");
            }
            long obj = target.existing().map(BlockMap.FileObject::obj).orElseGet(() -> BlockMap.newObject(tx, target.dataset().id()));
            BlockMap.putObject(tx, target.dataset().id(), obj, target.name(), size, target.dataset().blockSize(), Txg.next(tx));
        });
    }

    /** Whether {@code path} (a zvol, or a file under an embedded mountpoint) exists on the embedded host. */
    public boolean exists(String path) {
        return write(tx -> exists(tx, path));
    }

    /** The bytes at {@code offset} of a volume ({@code pool/vol}, {@code pool/vol@snap}, {@code /dev/zvol/...}) or a file. */
    public byte[] read(String target, long offset, int length) {
        return write(tx -> {
            Paths.Data data = Paths.data(tx, target);
            if (offset < 0 || length < 0 || offset > data.size() - length) {
                throw new StorageException(target + ": read beyond the end (" + data.size() + " bytes)");
            }
            return BlockMap.read(tx, data.view(), data.obj(), data.blockSize(), offset, length);
        });
    }

    /** The size of a volume (its volsize) or a file, named as for {@link #read}. */
    public long size(String target) {
        return write(tx -> Paths.data(tx, target).size());
    }

    /** Writes {@code bytes} at {@code offset} of a live volume or file. */
    public void write(String target, long offset, byte[] bytes) {
        change(tx -> {
            Paths.Data data = Paths.data(tx, target);
            if (data.view().txg() != Long.MAX_VALUE || readonly(tx, DatasetTable.byId(tx, data.view().datasetId()).orElseThrow())) {
                throw new StorageException(target + ": Read-only file system");
            }
            if (offset < 0 || offset > data.size() - bytes.length) {
                throw new StorageException(target + ": write beyond the end (" + data.size() + " bytes)");
            }
            BlockMap.write(tx, data.view().datasetId(), data.obj(), data.blockSize(), offset, bytes, Txg.next(tx));
        });
    }

    /**
     * A digest of everything a dataset or snapshot holds (its files' names, sizes and data;
     * a volume's size and data): equal digests, equal contents.
     */
    public String digest(String name) {
        return write(tx -> {
            DatasetRecord d = DatasetTable.require(tx, name);
            BlockMap.View view = d.isSnapshot() ? new BlockMap.View(d.parentId(), d.txg()) : BlockMap.View.live(d.id());
            java.security.MessageDigest md = sha256();
            for (BlockMap.FileObject o : BlockMap.objects(tx, view)) {
                md.update((o.path() + "\0" + o.size() + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (BlockMap.StoredBlock block : BlockMap.blocks(tx, view, o.obj())) {
                    md.update(java.nio.ByteBuffer.allocate(12).putLong(block.blkid()).putInt(block.data().length).array());
                    md.update(block.data());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        });
    }

    /** A pool's size (a host setting; 100 GiB unless changed). */
    public void setPoolSize(String pool, long bytes) {
        change(tx -> {
            if (!ZfsTables.poolExists(tx, pool)) {
                throw new StorageException("cannot open '" + pool + "': no such pool");
            }
            if (bytes <= 0) {
                throw new StorageException("a pool's size must be positive: " + bytes);
            }
            tx.update("UPDATE zfs_pools SET size_bytes = ? WHERE name = ?", bytes, pool);
        });
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    // ---- for the host: disk paths ------------------------------------------------------

    public static boolean isZvolPath(String path) {
        return path.startsWith(ZVOL_DIR);
    }

    /** Whether the embedded host answers for {@code path}: a zvol, or a path under one of its mountpoints. */
    public static boolean owns(Tx tx, String path) {
        return isZvolPath(path) || Paths.underMountpoint(tx, path);
    }

    /** Whether the zvol or file {@code path} exists, within a transaction (create checks disks as part of itself). */
    public static boolean exists(Tx tx, String path) {
        return locate(tx, path).isPresent();
    }

    /** Where the live volume or file {@code path} is, if it exists. */
    public static Optional<DiskLocation> locate(Tx tx, String path) {
        return Paths.disk(tx, path);
    }

    /** The live volume or file object {@code obj} of a dataset, if it still exists. */
    public static Optional<DiskLocation> locate(Tx tx, long datasetId, long obj) {
        return DatasetTable.byId(tx, datasetId).filter(d -> !d.isSnapshot())
                .flatMap(d -> BlockMap.object(tx, BlockMap.View.live(d.id()), obj)
                        .map(o -> new DiskLocation(d.id(), obj, d.blockSize(), o.size())));
    }

    /** Whether {@code readonly=on} holds for the dataset (set there or inherited). */
    static boolean readonly(Tx tx, DatasetRecord d) {
        return new PropertyView(tx).effective(d, "readonly").orElse("off").equals("on");
    }

    /** Whether the live volume or file may be written: its dataset is not readonly. */
    public static boolean writable(Tx tx, DiskLocation disk) {
        return DatasetTable.byId(tx, disk.datasetId()).map(d -> !readonly(tx, d)).orElse(false);
    }

    /** A guest's write of one whole record, in a txg of its own. */
    public static void writeRecord(Tx tx, DiskLocation disk, long blkid, byte[] data) {
        BlockMap.writeBlock(tx, disk.datasetId(), disk.obj(), blkid, disk.blockSize(), data, Txg.next(tx));
    }

}
