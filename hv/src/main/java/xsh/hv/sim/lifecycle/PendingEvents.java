package xsh.hv.sim.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import xsh.hv.sim.store.Tx;

/** The queue of effects waiting for their time. */
final class PendingEvents {

    private static final String COLUMNS = "seq, due_ns, domid, kind, reason, payload";

    private PendingEvents() {
    }

    static void schedule(Tx tx, Long dueNs, Integer domid, EventKind kind, Integer reason, byte[] payload) {
        tx.update("INSERT INTO events (due_ns, domid, kind, reason, payload) VALUES (?, ?, ?, ?, ?)",
                dueNs, domid, kind.name(), reason, payload);
    }

    /** The earliest effect due at or before {@code now}; ties in the order they were caused. */
    static Optional<PendingEvent> nextDue(Tx tx, long now) {
        return tx.one("SELECT " + COLUMNS + " FROM events WHERE due_ns IS NOT NULL AND due_ns <= ? ORDER BY due_ns, seq LIMIT 1",
                PendingEvents::map, now);
    }

    static boolean anyDue(Tx tx, long now) {
        return tx.exists("SELECT 1 FROM events WHERE due_ns IS NOT NULL AND due_ns <= ? LIMIT 1", now);
    }

    static void delete(Tx tx, long seq) {
        tx.update("DELETE FROM events WHERE seq = ?", seq);
    }

    static void dropFor(Tx tx, int domid, EventKind kind) {
        tx.update("DELETE FROM events WHERE domid = ? AND kind = ?", domid, kind.name());
    }

    static void dropAllFor(Tx tx, int domid) {
        tx.update("DELETE FROM events WHERE domid = ?", domid);
    }

    /** Holds an effect until the guest runs again. */
    static void park(Tx tx, PendingEvent e) {
        schedule(tx, null, e.domid(), e.kind(), e.reason(), e.payload());
    }

    /** The guest runs again: what it was holding becomes due now. */
    static void wake(Tx tx, int domid) {
        tx.update("UPDATE events SET due_ns = ? WHERE domid = ? AND due_ns IS NULL", tx.now(), domid);
    }

    private static PendingEvent map(ResultSet rs) throws SQLException {
        long due = rs.getLong("due_ns");
        Long dueNs = rs.wasNull() ? null : due;
        return new PendingEvent(rs.getLong("seq"), dueNs, Tx.nullableInt(rs, "domid"),
                EventKind.valueOf(rs.getString("kind")), Tx.nullableInt(rs, "reason"), rs.getBytes("payload"));
    }
}
