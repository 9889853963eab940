package xsh.hv.sim.domains;

import xsh.hv.sim.store.Tx;

/**
 * libxl's domid history ({@code /var/run/xen/domid-history}): a domid freed within the last
 * {@value #REUSE_TIMEOUT_SECONDS} seconds (LIBXL_DOMID_REUSE_TIMEOUT) is not handed out again,
 * so a script holding an old id cannot act on a new domain by mistake. libxl compares whole
 * seconds and counts an entry as recent while {@code now - freed <= timeout}.
 */
public final class RecentDomids {

    public static final long REUSE_TIMEOUT_SECONDS = 60;

    private RecentDomids() {
    }

    public static void markFreed(Tx tx, int domid) {
        tx.update("INSERT OR REPLACE INTO recent_domids (domid, freed_ns) VALUES (?, ?)", domid, tx.now());
        // forget what can no longer matter, as libxl does when it rewrites the history
        long oldestRecentSecond = seconds(tx.now()) - REUSE_TIMEOUT_SECONDS;
        tx.update("DELETE FROM recent_domids WHERE freed_ns < ?", oldestRecentSecond * 1_000_000_000L);
    }

    public static boolean isRecent(Tx tx, int domid) {
        return tx.number("SELECT freed_ns FROM recent_domids WHERE domid = ?", domid)
                .stream().anyMatch(freed -> seconds(tx.now()) - seconds(freed) <= REUSE_TIMEOUT_SECONDS);
    }

    private static long seconds(long nanos) {
        return Math.floorDiv(nanos, 1_000_000_000L);
    }
}
