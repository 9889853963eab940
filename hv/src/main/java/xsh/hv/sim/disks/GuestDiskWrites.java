package xsh.hv.sim.disks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import xsh.cfg.disk.DiskFormat;
import xsh.cfg.disk.DiskSpec;
import xsh.hv.sim.domains.DomainMeters;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.storage.DiskLocation;
import xsh.hv.sim.storage.EmbeddedStorage;
import xsh.hv.sim.store.Tx;

/**
 * Running guests write to their disks. A domain whose disk is a volume or file of the
 * embedded storage, attached read-write, writes one record every {@link #PERIOD_NS} of its
 * running time (not while paused or shut down): {@link #WRITE_BYTES} bytes at the start of
 * a record picked among the disk's first {@link #WORKING_SET_RECORDS}, their content made
 * from the domain's uuid, its instance and the write's number, so any two states of a disk
 * differ and a spec can tell which it sees.
 *
 * <p>The writes are applied as the host's time flows, in the transaction that catches the
 * host up ({@code DueEffects}): before each effect that changes how a guest runs, and up to
 * the operation's "now", so a snapshot taken at an instant holds exactly what was written
 * before it. A catch-up applies at most {@link #MAX_RECORDS_PER_CATCH_UP} writes per disk:
 * a guest left running for days has its earlier writes folded into the last ones, as the
 * same few records would have been rewritten anyway.
 */
public final class GuestDiskWrites {

    public static final long PERIOD_NS = 5_000_000_000L;
    public static final int WRITE_BYTES = 4096;
    public static final int WORKING_SET_RECORDS = 256;
    public static final int MAX_RECORDS_PER_CATCH_UP = 64;

    private record Writer(int domid, String vdev, long datasetId, long obj, long ticks) {
    }

    private GuestDiskWrites() {
    }

    /** Records which of a new domain's disks it writes to. */
    public static void attach(Tx tx, DomainRecord d, List<DiskSpec> disks) {
        for (DiskSpec disk : disks) {
            if (!disk.readwrite() || disk.cdrom() || disk.format() == DiskFormat.EMPTY || disk.target() == null) {
                continue;
            }
            Optional<DiskLocation> location = EmbeddedStorage.locate(tx, disk.target());
            if (location.isPresent()) {
                tx.update("INSERT OR IGNORE INTO disk_writers (domid, vdev, dataset_id, obj, ticks) VALUES (?, ?, ?, ?, 0)",
                        d.domid, disk.vdev(), location.get().datasetId(), location.get().obj());
            }
        }
    }

    /** Applies every write the running guests made up to {@code upTo}. */
    public static void catchUp(Tx tx, long upTo) {
        List<Writer> writers = tx.list("SELECT domid, vdev, dataset_id, obj, ticks FROM disk_writers ORDER BY domid, vdev",
                rs -> new Writer(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        for (Writer w : writers) {
            Optional<DomainRecord> domain = DomainTable.find(tx, w.domid());
            if (domain.isEmpty()) {
                continue;
            }
            DomainRecord d = domain.get();
            long target = DomainMeters.runNanos(d, upTo) / PERIOD_NS;
            if (target <= w.ticks()) {
                continue;
            }
            Optional<DiskLocation> disk = EmbeddedStorage.locate(tx, w.datasetId(), w.obj());
            // a readonly dataset refuses the writes (the guest sees I/O errors)
            if (disk.isPresent() && disk.get().records() > 0 && EmbeddedStorage.writable(tx, disk.get())) {
                long records = Math.min(disk.get().records(), WORKING_SET_RECORDS);
                for (long k = Math.max(w.ticks() + 1, target - MAX_RECORDS_PER_CATCH_UP + 1); k <= target; k++) {
                    long seed = seed(d, k);
                    long blkid = Math.floorMod(new SplittableRandom(seed).nextLong(), records);
                    EmbeddedStorage.writeRecord(tx, disk.get(), blkid, content(d, k, seed, disk.get().blockSize()));
                }
            }
            tx.update("UPDATE disk_writers SET ticks = ? WHERE domid = ? AND vdev = ?", target, w.domid(), w.vdev());
        }
    }

    private static long seed(DomainRecord d, long write) {
        return d.uuid.getMostSignificantBits() * 31 + d.uuid.getLeastSignificantBits() ^ (d.instance << 32) ^ write * 0x9E3779B97F4A7C15L;
    }

    /** What the guest writes the {@code write}th time: a line saying so, then bytes only that write has. */
    static byte[] content(DomainRecord d, long write, long seed, int blockSize) {
        byte[] data = new byte[Math.min(WRITE_BYTES, blockSize)];
        new SplittableRandom(seed).nextBytes(data);
        byte[] line = ("xsh guest " + d.uuid + " instance " + d.instance + " write " + write + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(line, 0, data, 0, Math.min(line.length, data.length));
        return data;
    }
}
