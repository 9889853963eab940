package xsh.hv.sim.store;

import java.util.List;
import java.util.function.Function;
import xsh.hv.sim.clock.SimClock;

/**
 * Runs operations on a host as transactions, each at the host's "now".
 *
 * <p>A write takes SQLite's write lock first ({@code BEGIN IMMEDIATE}), so two processes
 * never compute from the same old state: no lost update. Only then does it read the clock,
 * so that "now" is never earlier than what the previous writer saw; the host's time never
 * goes back. Before the operation, the host catches up with that time: {@link TimeFlow}
 * applies every effect that fell due, in time order.
 *
 * <p>A read does not lock out writers. It looks at a snapshot; if some effect is due in it,
 * the read becomes a write, since what it would show has to be applied first.
 */
public final class HostStore implements AutoCloseable {

    /** What makes time pass on a host between operations. */
    public interface TimeFlow {

        /** True when some effect is due at or before {@code tx.now()}. */
        boolean due(Tx tx);

        /** Applies every effect due at or before {@code now}, each at its own time. */
        void advance(Tx tx, long now);
    }

    private static final int ATTEMPTS = 5;

    private final HostDatabase db;
    private final SimClock clock;
    private final TimeFlow flow;

    /** Rows decoded by read transactions, valid while data_version and this connection's commits are as recorded. */
    private final java.util.Map<String, Object> cache = new java.util.HashMap<>();
    private long cachedDataVersion = -1;
    private long cachedOwnCommits = -1;
    private long ownCommits;

    public HostStore(HostDatabase db, SimClock clock, TimeFlow flow) {
        this.db = db;
        this.clock = clock;
        this.flow = flow;
    }

    public SimClock clock() {
        return clock;
    }

    public java.nio.file.Path file() {
        return db.file();
    }

    /** Runs {@code work} as one write transaction at the host's now; all or nothing. */
    public synchronized <T> T write(Function<Tx, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writeOnce(work);
            } catch (RuntimeException e) {
                // SQLite gives up waiting only in rare deadlock-avoidance cases; starting over is safe
                if (!HostDatabase.isBusy(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private <T> T writeOnce(Function<Tx, T> work) {
        db.execute("BEGIN IMMEDIATE");
        Tx tx = null;
        try {
            long stored = storedClock(db);
            long now = Math.max(clock.nowNanos(), stored);
            tx = new Tx(db, true, now);
            flow.advance(tx, now);
            tx.at(now);
            T result = work.apply(tx);
            if (now != stored) {
                tx.update("UPDATE host SET clock_ns = ?", now);
            }
            db.execute("COMMIT");
            ownCommits++;
            runAll(tx.commitActions());
            return result;
        } catch (RuntimeException | Error e) {
            rollback();
            if (tx != null) {
                runAll(tx.rollbackActions());
            }
            throw e;
        }
    }

    /** Runs {@code work} on a consistent snapshot at the host's now. */
    public synchronized <T> T read(Function<Tx, T> work) {
        db.execute("BEGIN");
        boolean needsWrite;
        T result = null;
        try {
            long now = Math.max(clock.nowNanos(), storedClock(db));
            Tx tx = new Tx(db, false, now, snapshotCache());
            needsWrite = flow.due(tx);
            if (!needsWrite) {
                result = work.apply(tx);
            }
            db.execute("COMMIT");
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
        return needsWrite ? write(work) : result;
    }

    /**
     * The cache, emptied if the database changed since it was filled: SQLite's data_version
     * moves when another connection commits (read here, inside the snapshot, it describes
     * the snapshot), and this connection counts its own commits.
     */
    private java.util.Map<String, Object> snapshotCache() {
        long dataVersion = new Tx(db, false, 0).number("PRAGMA data_version").orElse(0);
        if (dataVersion != cachedDataVersion || ownCommits != cachedOwnCommits) {
            cache.clear();
            cachedDataVersion = dataVersion;
            cachedOwnCommits = ownCommits;
        }
        return cache;
    }

    private static long storedClock(HostDatabase db) {
        return new Tx(db, false, 0).number("SELECT clock_ns FROM host").orElse(0);
    }

    private void rollback() {
        try {
            db.execute("ROLLBACK");
        } catch (RuntimeException ignored) {
            // SQLite already rolled back (e.g. after SQLITE_FULL); nothing is left open
        }
    }

    private static void runAll(List<Runnable> actions) {
        for (Runnable action : actions) {
            action.run();
        }
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
