package xsh.toolstack.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.hv.storage.Storage;
import xsh.toolstack.oserror.Strerror;

/**
 * A host's checkpoint catalog in its SQLite file, with the journal of the checkpoints being
 * taken. A checkpoint enters the catalog and leaves the journal in one transaction, so the
 * catalog never holds half of one.
 */
public final class SqliteCheckpointCatalog implements CheckpointCatalog {

    private static final String CHECKPOINT_COLUMNS =
            "id, domain, taken_ms, image, image_bytes, image_sha256, config, snapshots, pause_ms";
    private static final String JOURNAL_COLUMNS =
            "id, domain, domid, pause_count, image, config, snapshots, owner_pid, owner_start_ms, started_ms";

    private final CatalogDatabase db;
    private final InFlightMarkers markers;
    private final Hypervisor hv;

    private SqliteCheckpointCatalog(CatalogDatabase db, InFlightMarkers markers, Hypervisor hv) {
        this.db = db;
        this.markers = markers;
        this.hv = hv;
    }

    /**
     * Opens the catalog kept in {@code file} for the host {@code hv} (whose storage holds the
     * snapshots), making it on first use; close it with the host.
     */
    public static SqliteCheckpointCatalog open(Path file, Hypervisor hv) {
        return new SqliteCheckpointCatalog(CatalogDatabase.open(file), InFlightMarkers.of(file), hv);
    }

    /** The file the catalog is kept in. */
    public Path file() {
        return db.file();
    }

    /** The host the catalog's checkpoints were taken on. */
    public Hypervisor host() {
        return hv;
    }

    @Override
    public List<Checkpoint> list(Optional<String> domain) {
        return db.read(d -> domain.isPresent()
                ? d.list("SELECT " + CHECKPOINT_COLUMNS + " FROM checkpoints WHERE domain = ? ORDER BY id",
                        SqliteCheckpointCatalog::checkpoint, domain.get())
                : d.list("SELECT " + CHECKPOINT_COLUMNS + " FROM checkpoints ORDER BY id",
                        SqliteCheckpointCatalog::checkpoint));
    }

    @Override
    public Optional<Checkpoint> find(long id) {
        return db.read(d -> d.list("SELECT " + CHECKPOINT_COLUMNS + " FROM checkpoints WHERE id = ?",
                SqliteCheckpointCatalog::checkpoint, id).stream().findFirst());
    }

    /**
     * @throws XshException {@code xsh: no checkpoint ID} when the catalog has none; a snapshot
     *         that cannot be destroyed (a clone of it exists) or a file that cannot be removed,
     *         in their own words: the entry then stays, for another delete
     */
    @Override
    public void delete(long id) {
        Checkpoint checkpoint = find(id).orElseThrow(() -> noSuchCheckpoint(id));
        if (!checkpoint.snapshots().isEmpty()) {
            Storage storage = hv.storage();
            for (String snapshot : checkpoint.snapshots()) {
                if (storage.dataset(snapshot).isPresent()) {
                    storage.destroy(snapshot, false);
                }
            }
        }
        remove(checkpoint.image());
        remove(checkpoint.config());
        db.transaction(d -> d.update("DELETE FROM checkpoints WHERE id = ?", id));
    }

    static XshException noSuchCheckpoint(long id) {
        return new XshException("xsh: no checkpoint " + id + " on this host", 1);
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new XshException("xsh: cannot remove " + file + ": " + Strerror.of(e), 1, e);
        }
    }

    // ---- the journal ---------------------------------------------------------------------

    /**
     * Reserves an id, {@code wanted} or the next one free in the catalog and the journal, and
     * records the checkpoint {@code entry} makes of it as being taken, with its in-flight
     * marker, before anything of it is done.
     *
     * @throws XshException when a checkpoint of the same domain is being taken
     */
    public JournalEntry begin(long wanted, LongFunction<JournalEntry> entry) {
        return db.transaction(d -> {
            long id = wanted;
            while (d.exists("SELECT 1 FROM checkpoints WHERE id = ? UNION ALL SELECT 1 FROM journal WHERE id = ?",
                    id, id)) {
                id++;
            }
            JournalEntry e = entry.apply(id);
            // a second checkpoint of the domain would resume it under the first one's save
            List<Long> taking = d.list("SELECT owner_pid FROM journal WHERE domid = ? AND domain = ?",
                    rs -> rs.getLong(1), e.domid(), e.domain());
            if (!taking.isEmpty()) {
                throw new XshException("xsh: cannot checkpoint " + e.domain() + ": xsh process " + taking.get(0)
                        + " is taking a checkpoint of it", 1);
            }
            d.update("INSERT INTO journal (" + JOURNAL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    e.id(), e.domain(), e.domid(), e.pauseCount(), e.image().toString(), e.config().toString(),
                    String.join("\n", e.snapshots()), e.owner().pid(), e.owner().startMillis(),
                    e.started().toEpochMilli());
            try {
                markers.mark(e.id(), e.owner());
            } catch (IOException io) {
                markers.unmark(e.id());
                throw new XshException("xsh: cannot write " + markers.directory() + ": " + Strerror.of(io), 1, io);
            }
            return e;
        });
    }

    /** The checkpoint is whole: it enters the catalog and leaves the journal, in one transaction. */
    public void complete(Checkpoint checkpoint) {
        db.transaction(d -> {
            if (d.update("DELETE FROM journal WHERE id = ?", checkpoint.id()) != 1) {
                throw new IllegalStateException("checkpoint " + checkpoint.id() + " is not in the journal");
            }
            d.update("INSERT INTO checkpoints (" + CHECKPOINT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    checkpoint.id(), checkpoint.domain(), checkpoint.taken().toEpochMilli(),
                    checkpoint.image().toString(), checkpoint.imageBytes(), checkpoint.imageSha256(),
                    checkpoint.config().toString(), String.join("\n", checkpoint.snapshots()),
                    checkpoint.pauseMillis());
            return null;
        });
        markers.unmark(checkpoint.id());
    }

    /** The checkpoint was undone (its files and snapshots removed): it leaves the journal. */
    public void abandon(long id) {
        db.transaction(d -> d.update("DELETE FROM journal WHERE id = ?", id));
        markers.unmark(id);
    }

    /**
     * Makes {@code claimer} the owner of a dead process's entry, unless another process
     * claimed it first: the one that does undoes it.
     */
    boolean claim(JournalEntry entry, ProcessOwner claimer) {
        return db.transaction(d -> d.update("UPDATE journal SET owner_pid = ?, owner_start_ms = ? "
                + "WHERE id = ? AND owner_pid = ? AND owner_start_ms = ?", claimer.pid(), claimer.startMillis(),
                entry.id(), entry.owner().pid(), entry.owner().startMillis()) == 1);
    }

    /** The checkpoints being taken, or left half taken by a process that died. */
    public List<JournalEntry> journal() {
        return db.read(d -> d.list("SELECT " + JOURNAL_COLUMNS + " FROM journal ORDER BY id",
                SqliteCheckpointCatalog::journalEntry));
    }

    /** Removes the markers that have no journal entry (their process died between the two). */
    void removeStrayMarkers() {
        List<Long> inJournal = journal().stream().map(JournalEntry::id).toList();
        for (long id : markers.ids()) {
            if (!inJournal.contains(id)) {
                markers.unmark(id);
            }
        }
    }

    InFlightMarkers markers() {
        return markers;
    }

    private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
        return new Checkpoint(rs.getLong("id"), rs.getString("domain"), Instant.ofEpochMilli(rs.getLong("taken_ms")),
                Path.of(rs.getString("image")), rs.getLong("image_bytes"), rs.getString("image_sha256"),
                Path.of(rs.getString("config")), lines(rs.getString("snapshots")), rs.getLong("pause_ms"));
    }

    private static JournalEntry journalEntry(ResultSet rs) throws SQLException {
        return new JournalEntry(rs.getLong("id"), rs.getString("domain"), rs.getInt("domid"), rs.getInt("pause_count"),
                Path.of(rs.getString("image")), Path.of(rs.getString("config")), lines(rs.getString("snapshots")),
                new ProcessOwner(rs.getLong("owner_pid"), rs.getLong("owner_start_ms")),
                Instant.ofEpochMilli(rs.getLong("started_ms")));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    @Override
    public void close() {
        db.close();
    }
}
