package xsh.hv.sim.storage;

import java.util.List;
import xsh.hv.storage.DatasetType;
import xsh.hv.sim.store.Tx;

/** Rows of {@code zfs_pools}, and each pool's root filesystem. */
public final class ZfsTables {

    /** The pools every embedded host has, as the FreeBSD Handbook's Dom0 does. */
    public static final List<String> DEFAULT_POOLS = List.of("zroot", "tank");

    private ZfsTables() {
    }

    public static void insertPool(Tx tx, String name) {
        tx.update("INSERT INTO zfs_pools (name) VALUES (?)", name);
        ensureRoots(tx);
    }

    public static List<String> pools(Tx tx) {
        return tx.list("SELECT name FROM zfs_pools ORDER BY name", rs -> rs.getString(1));
    }

    static boolean poolExists(Tx tx, String pool) {
        return tx.exists("SELECT 1 FROM zfs_pools WHERE name = ?", pool);
    }

    /** Every pool has its root filesystem (a host made before datasets were kept gets them now). */
    static void ensureRoots(Tx tx) {
        List<String> missing = tx.list("SELECT name FROM zfs_pools WHERE name NOT IN (SELECT name FROM zfs_datasets) ORDER BY name",
                rs -> rs.getString(1));
        for (String pool : missing) {
            DatasetTable.insert(tx, pool, DatasetType.FILESYSTEM, null, null, Txg.next(tx), PropertyRules.DEFAULT_RECORDSIZE);
        }
    }
}
