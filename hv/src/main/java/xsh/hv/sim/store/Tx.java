package xsh.hv.sim.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One transaction on a host's database, and the host's time within it. Everything an
 * operation reads and writes goes through one {@code Tx}, so an operation is all or nothing.
 *
 * <p>{@link #now()} is the moment the transaction acts at: the host's "now" for an operation,
 * or the due time of an effect being applied while the host catches up with the clock. Work
 * that is not part of the database (files of a guest) registers what to do once the
 * transaction committed or rolled back.
 */
public final class Tx {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final HostDatabase db;
    private final boolean writable;
    private long now;
    private int savepoints;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> afterRollback = new ArrayList<>();

    private final java.util.Map<String, Object> snapshotCache;

    Tx(HostDatabase db, boolean writable, long now) {
        this(db, writable, now, null);
    }

    Tx(HostDatabase db, boolean writable, long now, java.util.Map<String, Object> snapshotCache) {
        this.db = db;
        this.writable = writable;
        this.now = now;
        this.snapshotCache = snapshotCache;
    }

    /**
     * What {@code loader} reads, kept while the database is unchanged: a read transaction of
     * a process that lists the same host again and again reuses rows it decoded before. The
     * value must be used read-only. Writes always load afresh.
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(String key, java.util.function.Supplier<T> loader) {
        if (snapshotCache == null) {
            return loader.get();
        }
        return (T) snapshotCache.computeIfAbsent(key, k -> loader.get());
    }

    /** The moment this transaction acts at, in nanoseconds since the epoch. */
    public long now() {
        return now;
    }

    /** Moves the acting moment (used while applying due effects in time order). */
    public void at(long nanos) {
        this.now = nanos;
    }

    public boolean writable() {
        return writable;
    }

    /** Runs once the transaction is durable: deleting a destroyed guest's files. */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** Runs if the transaction is abandoned: removing files made for a domain that was never committed. */
    public void afterRollback(Runnable action) {
        afterRollback.add(action);
    }

    List<Runnable> commitActions() {
        return afterCommit;
    }

    List<Runnable> rollbackActions() {
        return afterRollback;
    }

    /**
     * Runs {@code work} so that it either happens whole or leaves no trace, without ending the
     * transaction: for an effect that may fail while others in the same transaction stand
     * (a restart that cannot build its domain).
     */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        String name = "sp" + (++savepoints);
        db.execute("SAVEPOINT " + name);
        try {
            T result = work.get();
            db.execute("RELEASE " + name);
            return result;
        } catch (RuntimeException e) {
            db.execute("ROLLBACK TO " + name);
            db.execute("RELEASE " + name);
            throw e;
        }
    }

    public int update(String sql, Object... args) {
        if (!writable) {
            throw new IllegalStateException("write in a read transaction: " + sql);
        }
        try {
            PreparedStatement st = bind(sql, args);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) {
        try {
            PreparedStatement st = bind(sql, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        try {
            PreparedStatement st = bind(sql, args);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** The first column of the first row, when there is one and it is not NULL. */
    public OptionalLong number(String sql, Object... args) {
        try {
            PreparedStatement st = bind(sql, args);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return OptionalLong.empty();
                }
                long value = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    public boolean exists(String sql, Object... args) {
        return number(sql, args).isPresent();
    }

    private PreparedStatement bind(String sql, Object... args) throws SQLException {
        PreparedStatement st = db.statement(sql);
        st.clearParameters();
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Boolean b) {
                st.setInt(i + 1, b ? 1 : 0);
            } else if (arg instanceof Enum<?> e) {
                st.setString(i + 1, e.name());
            } else {
                st.setObject(i + 1, arg);
            }
        }
        return st;
    }

    /** A nullable integer column. */
    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
