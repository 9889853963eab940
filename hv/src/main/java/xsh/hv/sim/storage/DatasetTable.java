package xsh.hv.sim.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.StorageException;
import xsh.hv.sim.store.Tx;

/** Rows of {@code zfs_datasets} and {@code zfs_props}. */
final class DatasetTable {

    private static final String COLUMNS = "id, name, pool, type, parent_id, origin_id, txg, created_ns, guid, block_size";

    private DatasetTable() {
    }

    static Optional<DatasetRecord> byName(Tx tx, String name) {
        return tx.one("SELECT " + COLUMNS + " FROM zfs_datasets WHERE name = ?", DatasetTable::map, name);
    }

    static Optional<DatasetRecord> byId(Tx tx, long id) {
        return tx.one("SELECT " + COLUMNS + " FROM zfs_datasets WHERE id = ?", DatasetTable::map, id);
    }

    /** The dataset, or zfs's {@code cannot open 'NAME': dataset does not exist}. */
    static DatasetRecord require(Tx tx, String name) {
        return byName(tx, name).orElseThrow(() -> notFound(name));
    }

    static StorageException notFound(String name) {
        return new StorageException("cannot open '" + name + "': dataset does not exist");
    }

    static List<DatasetRecord> all(Tx tx) {
        return tx.list("SELECT " + COLUMNS + " FROM zfs_datasets", DatasetTable::map);
    }

    /** Every filesystem and volume, by name in byte order. */
    static List<DatasetRecord> heads(Tx tx) {
        return tx.list("SELECT " + COLUMNS + " FROM zfs_datasets WHERE type <> 'SNAPSHOT' ORDER BY name", DatasetTable::map);
    }

    /** A filesystem's or volume's child filesystems and volumes, by name. */
    static List<DatasetRecord> children(Tx tx, long id) {
        return tx.list("SELECT " + COLUMNS + " FROM zfs_datasets WHERE parent_id = ? AND type <> 'SNAPSHOT' ORDER BY name",
                DatasetTable::map, id);
    }

    /** A dataset's snapshots, oldest first. */
    static List<DatasetRecord> snapshots(Tx tx, long id) {
        return tx.list("SELECT " + COLUMNS + " FROM zfs_datasets WHERE parent_id = ? AND type = 'SNAPSHOT' ORDER BY txg, id",
                DatasetTable::map, id);
    }

    /** The clones made from a snapshot. */
    static List<DatasetRecord> clones(Tx tx, long snapshotId) {
        return tx.list("SELECT " + COLUMNS + " FROM zfs_datasets WHERE origin_id = ? ORDER BY name", DatasetTable::map, snapshotId);
    }

    static long insert(Tx tx, String name, DatasetType type, Long parentId, Long originId, long txg, int blockSize) {
        return insert(tx, name, type, parentId, originId, txg, blockSize, ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    static long insert(Tx tx, String name, DatasetType type, Long parentId, Long originId, long txg, int blockSize, long guid) {
        tx.update("INSERT INTO zfs_datasets (name, pool, type, parent_id, origin_id, txg, created_ns, guid, block_size)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                name, DatasetName.pool(name), type.name(), parentId, originId, txg, tx.now(), guid, blockSize);
        return tx.number("SELECT last_insert_rowid()").orElseThrow();
    }

    static void delete(Tx tx, long id) {
        tx.update("DELETE FROM zfs_props WHERE dataset_id = ?", id);
        tx.update("DELETE FROM zfs_datasets WHERE id = ?", id);
    }

    static void setParent(Tx tx, long id, long parentId) {
        tx.update("UPDATE zfs_datasets SET parent_id = ? WHERE id = ?", parentId, id);
    }

    /** Renames {@code from} and everything named under it ({@code from/...}, {@code from@...}). */
    static void renamePrefix(Tx tx, String from, String to) {
        tx.update("UPDATE zfs_datasets SET name = ? || substr(name, ?) WHERE name = ? OR substr(name, 1, ?) = ? OR substr(name, 1, ?) = ?",
                to, from.length() + 1, from, from.length() + 1, from + "/", from.length() + 1, from + "@");
    }

    static void rename(Tx tx, long id, String name) {
        tx.update("UPDATE zfs_datasets SET name = ? WHERE id = ?", name, id);
    }

    // ---- local property values ----

    static Optional<String> local(Tx tx, long id, String property) {
        return tx.one("SELECT value FROM zfs_props WHERE dataset_id = ? AND name = ?", rs -> rs.getString(1), id, property);
    }

    /** Local values, by property name. */
    static java.util.Map<String, String> locals(Tx tx, long id) {
        java.util.Map<String, String> values = new java.util.TreeMap<>();
        for (String[] p : tx.list("SELECT name, value FROM zfs_props WHERE dataset_id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id)) {
            values.put(p[0], p[1]);
        }
        return values;
    }

    static void setLocal(Tx tx, long id, String property, String value) {
        tx.update("INSERT INTO zfs_props (dataset_id, name, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (dataset_id, name) DO UPDATE SET value = excluded.value", id, property, value);
    }

    private static DatasetRecord map(ResultSet rs) throws SQLException {
        long parent = rs.getLong(5);
        Long parentId = rs.wasNull() ? null : parent;
        long origin = rs.getLong(6);
        Long originId = rs.wasNull() ? null : origin;
        return new DatasetRecord(rs.getLong(1), rs.getString(2), rs.getString(3), DatasetType.valueOf(rs.getString(4)),
                parentId, originId, rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getInt(10));
    }
}
