package xsh.hv.sim.storage;

import xsh.hv.sim.store.Tx;

/**
 * The host's transaction group counter: every change to the storage gets a new, larger
 * number, so "born after the snapshot" is a comparison.
 */
final class Txg {

    private Txg() {
    }

    /** The last txg used (0 before any). */
    static long current(Tx tx) {
        return tx.number("SELECT txg FROM zfs_txg WHERE id = 1").orElse(0);
    }

    /** A new txg, larger than any before. */
    static long next(Tx tx) {
        long next = current(tx) + 1;
        tx.update("INSERT INTO zfs_txg (id, txg) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET txg = excluded.txg", next);
        return next;
    }
}
