package xsh.hv.sim.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import xsh.hv.sim.store.Tx;

/**
 * The copy-on-write contents of datasets: objects (a filesystem's files; a volume's one
 * object, whose size is the volsize) and their blocks, as rows that live from their
 * {@code birth} txg until their {@code death} (see the schema). A change never overwrites a
 * row another snapshot sees: it ends it ({@code death}) and adds a new one. A row no
 * snapshot sees is deleted at once, and a block no row points at any more is freed.
 *
 * <p>Blocks are stored without their trailing zeros (an all-zero block is a hole and has no
 * row), as ZFS stores zeros: not at all.
 */
final class BlockMap {

    /** The object of a volume: its data; the row's size is the volsize. */
    static final long VOLUME_OBJECT = 1;

    /** A view of one dataset: its live state, or what a snapshot froze. */
    record View(long datasetId, long txg) {
        static View live(long datasetId) {
            return new View(datasetId, Long.MAX_VALUE);
        }
    }

    /** An object as a view shows it. */
    record FileObject(long obj, String path, long size, long birth) {
    }

    /** An allocated block of an object: its bytes without their trailing zeros. */
    record StoredBlock(long blkid, byte[] data) {
    }

    private static final String VISIBLE = "dataset_id = ? AND birth <= ? AND (death IS NULL OR death > ?)";

    private BlockMap() {
    }

    // ---- objects -----------------------------------------------------------------------

    static List<FileObject> objects(Tx tx, View v) {
        return tx.list("SELECT obj, path, size, birth FROM zfs_objects WHERE " + VISIBLE + " ORDER BY path, obj",
                rs -> new FileObject(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                v.datasetId(), v.txg(), v.txg());
    }

    static Optional<FileObject> object(Tx tx, View v, long obj) {
        return tx.one("SELECT obj, path, size, birth FROM zfs_objects WHERE " + VISIBLE + " AND obj = ?",
                rs -> new FileObject(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                v.datasetId(), v.txg(), v.txg(), obj);
    }

    static Optional<FileObject> objectAt(Tx tx, View v, String path) {
        return tx.one("SELECT obj, path, size, birth FROM zfs_objects WHERE " + VISIBLE + " AND path = ?",
                rs -> new FileObject(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                v.datasetId(), v.txg(), v.txg(), path);
    }

    /** An object number not used in the dataset's history. */
    static long newObject(Tx tx, long datasetId) {
        return tx.number("SELECT max(obj) FROM zfs_objects WHERE dataset_id = ?", datasetId).orElse(VOLUME_OBJECT) + 1;
    }

    /**
     * Makes the object {@code path} of {@code size} bytes, or resizes it; blocks beyond a
     * smaller size are freed.
     */
    static void putObject(Tx tx, long datasetId, long obj, String path, long size, int blockSize, long txg) {
        long keep = keepTxg(tx, datasetId);
        Optional<FileObject> old = object(tx, View.live(datasetId), obj);
        if (old.isPresent()) {
            if (old.get().size() == size && old.get().path().equals(path)) {
                return;
            }
            endObjectRow(tx, datasetId, obj, txg, keep);
            if (size < old.get().size()) {
                freeBlocksFrom(tx, datasetId, obj, records(size, blockSize), txg, keep);
            }
        }
        tx.update("INSERT INTO zfs_objects (dataset_id, obj, path, size, birth, death) VALUES (?, ?, ?, ?, ?, NULL)",
                datasetId, obj, path, size, txg);
    }

    /** Removes an object and its blocks. */
    static void removeObject(Tx tx, long datasetId, long obj, long txg) {
        long keep = keepTxg(tx, datasetId);
        endObjectRow(tx, datasetId, obj, txg, keep);
        freeBlocksFrom(tx, datasetId, obj, 0, txg, keep);
    }

    private static void endObjectRow(Tx tx, long datasetId, long obj, long txg, long keep) {
        tx.update("DELETE FROM zfs_objects WHERE dataset_id = ? AND obj = ? AND death IS NULL AND birth > ?", datasetId, obj, keep);
        tx.update("UPDATE zfs_objects SET death = ? WHERE dataset_id = ? AND obj = ? AND death IS NULL", txg, datasetId, obj);
    }

    /** How many records {@code size} bytes take (without overflow near Long.MAX_VALUE). */
    static long records(long size, int blockSize) {
        return size / blockSize + (size % blockSize == 0 ? 0 : 1);
    }

    // ---- blocks ------------------------------------------------------------------------

    static Optional<byte[]> block(Tx tx, View v, long obj, long blkid) {
        return tx.one("SELECT b.data FROM zfs_bp p JOIN zfs_blocks b ON b.id = p.block_id"
                        + " WHERE p.dataset_id = ? AND p.birth <= ? AND (p.death IS NULL OR p.death > ?) AND p.obj = ? AND p.blkid = ?",
                rs -> rs.getBytes(1), v.datasetId(), v.txg(), v.txg(), obj, blkid);
    }

    /** Every allocated block of an object, by block id. */
    static List<StoredBlock> blocks(Tx tx, View v, long obj) {
        return tx.list("SELECT p.blkid, b.data FROM zfs_bp p JOIN zfs_blocks b ON b.id = p.block_id"
                        + " WHERE p.dataset_id = ? AND p.birth <= ? AND (p.death IS NULL OR p.death > ?) AND p.obj = ? ORDER BY p.blkid",
                rs -> new StoredBlock(rs.getLong(1), rs.getBytes(2)), v.datasetId(), v.txg(), v.txg(), obj);
    }

    /** Block ids of an object's allocated blocks born after {@code afterTxg} (what an incremental stream carries). */
    static List<Long> blocksBornAfter(Tx tx, View v, long obj, long afterTxg) {
        return tx.list("SELECT blkid FROM zfs_bp WHERE " + VISIBLE + " AND obj = ? AND birth > ? ORDER BY blkid",
                rs -> rs.getLong(1), v.datasetId(), v.txg(), v.txg(), obj, afterTxg);
    }

    static List<Long> blockIds(Tx tx, View v, long obj) {
        return tx.list("SELECT blkid FROM zfs_bp WHERE " + VISIBLE + " AND obj = ? ORDER BY blkid",
                rs -> rs.getLong(1), v.datasetId(), v.txg(), v.txg(), obj);
    }

    /** Writes one whole record: {@code data} (any length up to the record), zeros after it. */
    static void writeBlock(Tx tx, long datasetId, long obj, long blkid, int blockSize, byte[] data, long txg) {
        long keep = keepTxg(tx, datasetId);
        endBlockRows(tx, "obj = ? AND blkid = ?", new Object[] {obj, blkid}, datasetId, txg, keep);
        byte[] stored = trim(data);
        if (stored.length == 0) {
            return;
        }
        tx.update("INSERT INTO zfs_blocks (size, data) VALUES (?, ?)", blockSize, stored);
        long blockId = tx.number("SELECT last_insert_rowid()").orElseThrow();
        tx.update("INSERT INTO zfs_bp (dataset_id, obj, blkid, birth, death, size, block_id) VALUES (?, ?, ?, ?, NULL, ?, ?)",
                datasetId, obj, blkid, txg, blockSize, blockId);
    }

    /** Reads {@code length} bytes at {@code offset} of an object (holes read as zeros). */
    static byte[] read(Tx tx, View v, long obj, int blockSize, long offset, int length) {
        byte[] out = new byte[length];
        long pos = offset;
        while (pos < offset + length) {
            long blkid = pos / blockSize;
            int within = (int) (pos % blockSize);
            int n = (int) Math.min(blockSize - within, offset + length - pos);
            byte[] data = block(tx, v, obj, blkid).orElse(new byte[0]);
            if (within < data.length) {
                System.arraycopy(data, within, out, (int) (pos - offset), Math.min(n, data.length - within));
            }
            pos += n;
        }
        return out;
    }

    /** Writes {@code data} at {@code offset} of an object, record by record (read, modify, write). */
    static void write(Tx tx, long datasetId, long obj, int blockSize, long offset, byte[] data, long txg) {
        View live = View.live(datasetId);
        long pos = offset;
        while (pos < offset + data.length) {
            long blkid = pos / blockSize;
            int within = (int) (pos % blockSize);
            int n = (int) Math.min(blockSize - within, offset + data.length - pos);
            byte[] record = new byte[blockSize];
            byte[] old = block(tx, live, obj, blkid).orElse(new byte[0]);
            System.arraycopy(old, 0, record, 0, Math.min(old.length, blockSize));
            System.arraycopy(data, (int) (pos - offset), record, within, n);
            writeBlock(tx, datasetId, obj, blkid, blockSize, record, txg);
            pos += n;
        }
    }

    /** Frees an object's blocks from {@code firstBlkid} on. */
    static void freeBlocksFrom(Tx tx, long datasetId, long obj, long firstBlkid, long txg, long keep) {
        endBlockRows(tx, "obj = ? AND blkid >= ?", new Object[] {obj, firstBlkid}, datasetId, txg, keep);
    }

    static void freeBlock(Tx tx, long datasetId, long obj, long blkid, long txg) {
        endBlockRows(tx, "obj = ? AND blkid = ?", new Object[] {obj, blkid}, datasetId, txg, keepTxg(tx, datasetId));
    }

    /** Ends the live rows matching {@code where}: deleted if no snapshot sees them, else dead from {@code txg}. */
    private static void endBlockRows(Tx tx, String where, Object[] args, long datasetId, long txg, long keep) {
        Object[] deleteArgs = concat(new Object[] {datasetId}, args, new Object[] {keep});
        List<Long> doomed = tx.list("SELECT block_id FROM zfs_bp WHERE dataset_id = ? AND " + where + " AND death IS NULL AND birth > ?",
                rs -> rs.getLong(1), deleteArgs);
        if (!doomed.isEmpty()) {
            tx.update("DELETE FROM zfs_bp WHERE dataset_id = ? AND " + where + " AND death IS NULL AND birth > ?", deleteArgs);
            for (long blockId : doomed) {
                release(tx, blockId);
            }
        }
        tx.update("UPDATE zfs_bp SET death = ? WHERE dataset_id = ? AND " + where + " AND death IS NULL",
                concat(new Object[] {txg, datasetId}, args));
    }

    private static void release(Tx tx, long blockId) {
        tx.update("DELETE FROM zfs_blocks WHERE id = ? AND NOT EXISTS (SELECT 1 FROM zfs_bp WHERE block_id = ?)", blockId, blockId);
    }

    // ---- whole datasets ----------------------------------------------------------------

    /** The txg of the dataset's latest snapshot: rows born after it are seen by none. */
    static long keepTxg(Tx tx, long datasetId) {
        return tx.number("SELECT max(txg) FROM zfs_datasets WHERE parent_id = ? AND type = 'SNAPSHOT'", datasetId).orElse(-1);
    }

    /** A clone's start: the origin's rows as the snapshot sees them, same blocks, same births. */
    static void copyVisible(Tx tx, View from, long toDatasetId) {
        tx.update("INSERT INTO zfs_objects (dataset_id, obj, path, size, birth, death) SELECT ?, obj, path, size, birth, NULL"
                + " FROM zfs_objects WHERE " + VISIBLE, toDatasetId, from.datasetId(), from.txg(), from.txg());
        tx.update("INSERT INTO zfs_bp (dataset_id, obj, blkid, birth, death, size, block_id) SELECT ?, obj, blkid, birth, NULL, size, block_id"
                + " FROM zfs_bp WHERE " + VISIBLE, toDatasetId, from.datasetId(), from.txg(), from.txg());
    }

    /** The dataset as its snapshot at {@code txg} saw it (later snapshots already gone). */
    static void rollback(Tx tx, long datasetId, long txg) {
        for (String table : List.of("zfs_objects", "zfs_bp")) {
            tx.update("DELETE FROM " + table + " WHERE dataset_id = ? AND birth > ?", datasetId, txg);
            tx.update("UPDATE " + table + " SET death = NULL WHERE dataset_id = ? AND death > ?", datasetId, txg);
        }
        collectGarbage(tx);
    }

    /**
     * Forgets the snapshot at {@code txg}: the rows only it saw (born after the previous
     * snapshot {@code previous}, dead before the next one {@code next}, or dead at all when it
     * was the latest) go.
     */
    static void dropSnapshot(Tx tx, long datasetId, long previous, long txg, Long next) {
        long upTo = next == null ? Long.MAX_VALUE : next;
        for (String table : List.of("zfs_objects", "zfs_bp")) {
            tx.update("DELETE FROM " + table + " WHERE dataset_id = ? AND death IS NOT NULL AND birth > ? AND birth <= ?"
                    + " AND death > ? AND death <= ?", datasetId, previous, txg, txg, upTo);
        }
        collectGarbage(tx);
    }

    static void dropDataset(Tx tx, long datasetId) {
        tx.update("DELETE FROM zfs_objects WHERE dataset_id = ?", datasetId);
        tx.update("DELETE FROM zfs_bp WHERE dataset_id = ?", datasetId);
        collectGarbage(tx);
    }

    static void dropLive(Tx tx, long datasetId, long txg) {
        long keep = keepTxg(tx, datasetId);
        for (FileObject o : objects(tx, View.live(datasetId))) {
            endObjectRow(tx, datasetId, o.obj(), txg, keep);
            freeBlocksFrom(tx, datasetId, o.obj(), 0, txg, keep);
        }
    }

    static void collectGarbage(Tx tx) {
        tx.update("DELETE FROM zfs_blocks WHERE NOT EXISTS (SELECT 1 FROM zfs_bp WHERE zfs_bp.block_id = zfs_blocks.id)");
    }

    /** Whether anything changed in the live dataset after {@code txg}. */
    static boolean changedSince(Tx tx, long datasetId, long txg) {
        return tx.exists("SELECT 1 FROM zfs_bp WHERE dataset_id = ? AND (birth > ? OR death > ?) LIMIT 1", datasetId, txg, txg)
                || tx.exists("SELECT 1 FROM zfs_objects WHERE dataset_id = ? AND (birth > ? OR death > ?) LIMIT 1", datasetId, txg, txg);
    }

    private static byte[] trim(byte[] data) {
        int end = data.length;
        while (end > 0 && data[end - 1] == 0) {
            end--;
        }
        return end == data.length ? data : Arrays.copyOf(data, end);
    }

    private static Object[] concat(Object[]... parts) {
        int n = 0;
        for (Object[] p : parts) {
            n += p.length;
        }
        Object[] out = new Object[n];
        int i = 0;
        for (Object[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
