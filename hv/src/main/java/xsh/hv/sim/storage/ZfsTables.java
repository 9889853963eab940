package xsh.hv.sim.storage;

import java.util.List;
import xsh.hv.sim.store.Tx;

/** Rows of {@code zfs_pools} and {@code zvols}. */
public final class ZfsTables {

    /** The pools every embedded host has, as the FreeBSD Handbook's Dom0 does. */
    public static final List<String> DEFAULT_POOLS = List.of("zroot", "tank");

    private ZfsTables() {
    }

    public static void insertPool(Tx tx, String name) {
        tx.update("INSERT INTO zfs_pools (name) VALUES (?)", name);
    }

    public static List<String> pools(Tx tx) {
        return tx.list("SELECT name FROM zfs_pools ORDER BY name", rs -> rs.getString(1));
    }

    public static boolean zvolExists(Tx tx, String pool, String volume) {
        return tx.exists("SELECT 1 FROM zvols WHERE pool = ? AND name = ?", pool, volume);
    }
}
