package xsh.hv.sim.lifecycle;

import xsh.hv.sim.store.Tx;

/**
 * Whether xl's monitor watches a domain. {@code xl create -e} starts none, so when such a
 * guest stops nobody runs its on_* action or logs it: the domain stays shut down until it
 * is destroyed. The mark goes with the domain's row.
 */
public final class Monitoring {

    private Monitoring() {
    }

    /** No monitor for this domain, from now on. */
    public static void disable(Tx tx, int domid) {
        tx.update("INSERT OR IGNORE INTO unmonitored (domid) VALUES (?)", domid);
    }

    public static boolean watched(Tx tx, int domid) {
        return !tx.exists("SELECT 1 FROM unmonitored WHERE domid = ?", domid);
    }
}
