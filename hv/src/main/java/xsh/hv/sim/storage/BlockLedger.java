package xsh.hv.sim.storage;

import java.util.List;
import xsh.hv.sim.store.Tx;

/**
 * One filesystem's or volume's block pointers (birth txg, death txg, size) read once, so that
 * the space properties of it and of all its snapshots are sums in memory rather than a query
 * each: a dataset with thousands of snapshots lists in well under a second.
 */
final class BlockLedger {

    /** The death of a block still live: after every txg, like SQL's NULL in these sums. */
    static final long ALIVE = Long.MAX_VALUE;

    /** Which blocks a sum counts, by their birth and death txg. */
    @FunctionalInterface
    interface Filter {
        boolean counts(long birth, long death);
    }

    private final long[] births;
    private final long[] deaths;
    private final long[] sizes;

    private BlockLedger(long[] births, long[] deaths, long[] sizes) {
        this.births = births;
        this.deaths = deaths;
        this.sizes = sizes;
    }

    static BlockLedger of(Tx tx, long datasetId) {
        record Row(long birth, long death, long size) {
        }
        List<Row> rows = tx.list("SELECT birth, death, size FROM zfs_bp WHERE dataset_id = ?",
                rs -> {
                    long birth = rs.getLong(1);
                    long death = rs.getLong(2);
                    if (rs.wasNull()) {
                        death = ALIVE;
                    }
                    return new Row(birth, death, rs.getLong(3));
                }, datasetId);
        long[] births = new long[rows.size()];
        long[] deaths = new long[rows.size()];
        long[] sizes = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            births[i] = rows.get(i).birth();
            deaths[i] = rows.get(i).death();
            sizes[i] = rows.get(i).size();
        }
        return new BlockLedger(births, deaths, sizes);
    }

    long sum(Filter filter) {
        long total = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (filter.counts(births[i], deaths[i])) {
                total += sizes[i];
            }
        }
        return total;
    }
}
