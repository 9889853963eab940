package xsh.hv.sim.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import xsh.hv.sim.store.Tx;

/**
 * zfs's space properties, from who owns which block. A block belongs to the dataset it was
 * born in after that dataset's origin, so a clone is charged only for what it wrote and a
 * fresh snapshot for nothing:
 * <ul>
 * <li>referenced: what the dataset (or snapshot) sees, plus its metadata;</li>
 * <li>usedbydataset: what destroying it would free after its snapshots (all it references,
 *     less what a clone shares with its origin);</li>
 * <li>usedbysnapshots: blocks only snapshots still hold;</li>
 * <li>a snapshot's used: blocks no other snapshot nor the dataset holds;</li>
 * <li>written: referenced space born since the previous snapshot.</li>
 * </ul>
 * Sizes are logical (whole records), as with compression off.
 */
final class SpaceAccounting {

    /** Metadata of an empty filesystem and of a volume (OpenZFS shows 96K and 56K). */
    static final long FILESYSTEM_OVERHEAD = 96 * 1024;
    static final long VOLUME_OVERHEAD = 56 * 1024;

    /** The space properties of one dataset, in bytes. */
    record Space(long used, long referenced, long usedBySnapshots, long usedByDataset, long usedByChildren,
                 long usedByRefreservation, long written, long available) {
    }

    private final Tx tx;
    private final Map<Long, DatasetRecord> byId = new HashMap<>();
    /** Each filesystem's and volume's snapshots, oldest first. */
    private final Map<Long, List<DatasetRecord>> snapshots = new HashMap<>();
    /** Local quota and refreservation values, by dataset. */
    private final Map<Long, Map<String, Long>> limits = new HashMap<>();
    private final Map<Long, Space> computed = new HashMap<>();
    /** Each filesystem's and volume's blocks, read once when first needed. */
    private final Map<Long, BlockLedger> ledgers = new HashMap<>();
    /** Each snapshot's place among its dataset's snapshots. */
    private final Map<Long, Integer> snapshotIndex = new HashMap<>();
    private final long poolFree;
    private final String pool;

    private SpaceAccounting(Tx tx, String pool) {
        this.tx = tx;
        this.pool = pool;
        for (DatasetRecord d : DatasetTable.all(tx)) {
            if (d.pool().equals(pool)) {
                byId.put(d.id(), d);
                if (d.isSnapshot()) {
                    snapshots.computeIfAbsent(d.parentId(), k -> new java.util.ArrayList<>()).add(d);
                }
            }
        }
        snapshots.values().forEach(list -> {
            list.sort(java.util.Comparator.comparingLong(DatasetRecord::txg).thenComparingLong(DatasetRecord::id));
            for (int i = 0; i < list.size(); i++) {
                snapshotIndex.put(list.get(i).id(), i);
            }
        });
        for (Object[] row : tx.list("SELECT dataset_id, name, value FROM zfs_props WHERE name IN ('quota', 'refreservation')",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), Long.parseLong(rs.getString(3))})) {
            limits.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (Long) row[2]);
        }
        this.poolFree = computePoolFree();
    }

    static SpaceAccounting of(Tx tx, String pool) {
        return new SpaceAccounting(tx, pool);
    }

    /** A filesystem's or volume's metadata (a snapshot shares its dataset's). */
    static long overhead(DatasetRecord head) {
        return head.isVolume() ? VOLUME_OVERHEAD : FILESYSTEM_OVERHEAD;
    }

    long poolFree() {
        return poolFree;
    }

    /** Everything but {@code available} (which needs the ancestors' use, which needs this one's). */
    private Space usage(DatasetRecord d) {
        Space s = computed.get(d.id());
        if (s == null) {
            s = d.isSnapshot() ? snapshotSpace(d) : headSpace(d);
            computed.put(d.id(), s);
        }
        return s;
    }

    Space space(DatasetRecord d) {
        Space s = usage(d);
        return d.isSnapshot() ? s : new Space(s.used(), s.referenced(), s.usedBySnapshots(), s.usedByDataset(),
                s.usedByChildren(), s.usedByRefreservation(), s.written(), available(d));
    }

    private Space headSpace(DatasetRecord d) {
        long originTxg = originTxg(d);
        BlockLedger blocks = ledger(d);
        long live = blocks.sum((birth, death) -> death == BlockLedger.ALIVE);
        long referenced = overhead(d) + live;
        long byDataset = d.originId() == null ? referenced
                : blocks.sum((birth, death) -> death == BlockLedger.ALIVE && birth > originTxg);
        long bySnapshots = blocks.sum((birth, death) -> death != BlockLedger.ALIVE && birth > originTxg);
        long byChildren = 0;
        for (DatasetRecord c : byId.values()) {
            if (!c.isSnapshot() && d.id() == (c.parentId() == null ? -1 : c.parentId())) {
                byChildren += usage(c).used();
            }
        }
        long refreservation = limit(d, "refreservation");
        long byRefreservation = Math.max(0, refreservation - byDataset);
        long used = byDataset + bySnapshots + byChildren + byRefreservation;
        List<DatasetRecord> own = snapshots.getOrDefault(d.id(), List.of());
        long keep = own.isEmpty() ? -1 : own.get(own.size() - 1).txg();
        long base = keep >= 0 ? keep : d.originId() != null ? originTxg : -1;
        long written = base < 0 ? referenced
                : blocks.sum((birth, death) -> death == BlockLedger.ALIVE && birth > base);
        return new Space(used, referenced, bySnapshots, byDataset, byChildren, byRefreservation, written, 0);
    }

    private Space snapshotSpace(DatasetRecord s) {
        DatasetRecord head = byId.get(s.parentId());
        long originTxg = originTxg(head);
        List<DatasetRecord> siblings = snapshots.getOrDefault(head.id(), List.of());
        int at = snapshotIndex.get(s.id());
        long previous = at > 0 ? siblings.get(at - 1).txg() : -1;
        long next = at + 1 < siblings.size() ? siblings.get(at + 1).txg() : BlockLedger.ALIVE - 1;
        long txg = s.txg();
        BlockLedger blocks = ledger(head);
        long visible = blocks.sum((birth, death) -> birth <= txg && death > txg);
        long referenced = overhead(head) + visible;
        long after = Math.max(previous, originTxg);
        long unique = blocks.sum((birth, death) -> death != BlockLedger.ALIVE && birth > after && birth <= txg
                && death > txg && death <= next);
        long written = previous < 0 && head.originId() == null ? referenced
                : blocks.sum((birth, death) -> birth <= txg && death > txg && birth > after);
        return new Space(unique, referenced, 0, 0, 0, 0, written, 0);
    }

    private long originTxg(DatasetRecord head) {
        if (head.originId() == null) {
            return -1;
        }
        DatasetRecord origin = byId.get(head.originId());
        return origin == null ? -1 : origin.txg();
    }

    /** What is left for this dataset: the pool's free space, within its and its ancestors' quotas. */
    private long available(DatasetRecord d) {
        long available = poolFree;
        for (DatasetRecord a = d; a != null; a = a.parentId() == null ? null : byId.get(a.parentId())) {
            long quota = limit(a, "quota");
            if (quota > 0) {
                available = Math.min(available, quota - usage(a).used());
            }
        }
        return Math.max(0, available);
    }

    /** The pool's size less its blocks, metadata and reservations not yet used. */
    private long computePoolFree() {
        long size = tx.number("SELECT size_bytes FROM zfs_pools WHERE name = ?", pool).orElse(0);
        long blocks = sum("SELECT sum(b.size) FROM zfs_blocks b WHERE EXISTS (SELECT 1 FROM zfs_bp p JOIN zfs_datasets d ON d.id = p.dataset_id"
                + " WHERE p.block_id = b.id AND d.pool = ?)", pool);
        long metadata = 0;
        long reserved = 0;
        for (DatasetRecord d : byId.values()) {
            if (d.isSnapshot()) {
                continue;
            }
            if (d.originId() == null) {
                metadata += overhead(d); // a clone shares its origin's
            }
            long refreservation = limit(d, "refreservation");
            if (refreservation > 0) {
                long live = ledger(d).sum((birth, death) -> death == BlockLedger.ALIVE);
                reserved += Math.max(0, refreservation - live - overhead(d));
            }
        }
        return Math.max(0, size - blocks - metadata - reserved);
    }

    private BlockLedger ledger(DatasetRecord head) {
        return ledgers.computeIfAbsent(head.id(), id -> BlockLedger.of(tx, id));
    }

    private long limit(DatasetRecord d, String property) {
        return limits.getOrDefault(d.id(), Map.of()).getOrDefault(property, 0L);
    }

    private long sum(String sql, Object... args) {
        return tx.number(sql, args).orElse(0);
    }
}
