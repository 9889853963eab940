package xsh.toolstack.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import xsh.error.XshException;
import xsh.hv.sqlite.SqliteConnections;
import xsh.toolstack.oserror.Strerror;

/**
 * A host's checkpoint catalog file ({@code HOST.db}): the complete checkpoints, and the
 * journal of those being taken. Made on first use, checked to be ours on every open; every
 * change is one SQLite transaction, shared safely by several xsh processes (WAL, busy
 * timeout, see {@link SqliteConnections}).
 */
final class CatalogDatabase implements AutoCloseable {

    /** {@code PRAGMA application_id}: "xshc", so that no other SQLite file is taken for a catalog. */
    static final int APPLICATION_ID = 0x78736863;
    static final int VERSION = 1;

    /** Maps the current row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work inside a transaction, free to throw SQL's exception. */
    @FunctionalInterface
    interface Work<T> {
        T run(CatalogDatabase db) throws SQLException;
    }

    private static final List<String> TABLES = List.of(
        // snapshots: one name per line (zfs names have no newline); times in epoch milliseconds
        """
        CREATE TABLE IF NOT EXISTS checkpoints (
            id INTEGER PRIMARY KEY,
            domain TEXT NOT NULL,
            taken_ms INTEGER NOT NULL,
            image TEXT NOT NULL,
            image_bytes INTEGER NOT NULL,
            image_sha256 TEXT NOT NULL,
            config TEXT NOT NULL,
            snapshots TEXT NOT NULL,
            pause_ms INTEGER NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS checkpoints_by_domain ON checkpoints(domain, id)",
        // a checkpoint being taken; its id is reserved here, so no other process takes it
        """
        CREATE TABLE IF NOT EXISTS journal (
            id INTEGER PRIMARY KEY,
            domain TEXT NOT NULL,
            domid INTEGER NOT NULL,
            pause_count INTEGER NOT NULL,
            image TEXT NOT NULL,
            config TEXT NOT NULL,
            snapshots TEXT NOT NULL,
            owner_pid INTEGER NOT NULL,
            owner_start_ms INTEGER NOT NULL,
            started_ms INTEGER NOT NULL
        )""");

    private final Path file;
    private final Connection connection;

    private CatalogDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the catalog at {@code file}, making it (and its directory) when there is none. */
    static CatalogDatabase open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new XshException("xsh: " + file + ": cannot create the checkpoint catalog: "
                    + Strerror.of(e), 1, e);
        }
        if (Files.exists(file) && (!Files.isReadable(file) || !Files.isWritable(file))) {
            throw unusable(file, "permission denied (the catalog must be readable and writable)", null);
        }
        Connection c;
        try {
            c = SqliteConnections.connect(file, true);
        } catch (SQLException e) {
            throw failure(file, e);
        }
        CatalogDatabase db = new CatalogDatabase(file, c);
        try {
            db.prepare();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Checks the file is a catalog of this version; a new, empty file becomes one. */
    private void prepare() {
        transaction(db -> {
            long id = db.pragma("application_id");
            long version = db.pragma("user_version");
            if (id == 0 && version == 0 && !db.hasTables()) {
                db.execute("PRAGMA application_id = " + APPLICATION_ID);
                db.execute("PRAGMA user_version = " + VERSION);
                for (String ddl : TABLES) {
                    db.execute(ddl);
                }
                return null;
            }
            if (id != APPLICATION_ID) {
                throw unusable(file, "not an xsh checkpoint catalog", null);
            }
            if (version != VERSION) {
                throw unusable(file, "checkpoint catalog version " + version + ", but this xsh reads version "
                        + VERSION + (version > VERSION ? " (made by a newer xsh)" : ""), null);
            }
            return null;
        });
    }

    Path file() {
        return file;
    }

    /**
     * Runs {@code work} as one write transaction: all or nothing. The write lock is taken
     * first ({@code BEGIN IMMEDIATE}), so what it reads is still true when it writes.
     */
    synchronized <T> T transaction(Work<T> work) {
        try {
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw failure(file, e);
        }
        try {
            T result = work.run(this);
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollback();
            throw failure(file, e);
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
    }

    /** Runs {@code work} on a consistent snapshot, without holding writers back. */
    synchronized <T> T read(Work<T> work) {
        try {
            execute("BEGIN DEFERRED");
        } catch (SQLException e) {
            throw failure(file, e);
        }
        try {
            return work.run(this);
        } catch (SQLException e) {
            throw failure(file, e);
        } finally {
            rollback();
        }
    }

    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // nothing was left open
        }
    }

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = bind(sql, args)) {
            return st.executeUpdate();
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement st = bind(sql, args); ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    boolean exists(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = bind(sql, args); ResultSet rs = st.executeQuery()) {
            return rs.next();
        }
    }

    private PreparedStatement bind(String sql, Object... args) throws SQLException {
        PreparedStatement st = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private long pragma(String name) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private boolean hasTables() throws SQLException {
        return exists("SELECT 1 FROM sqlite_master WHERE type = 'table'");
    }

    private static XshException failure(Path file, SQLException e) {
        if (SqliteConnections.isBusy(e)) {
            return unusable(file, "busy: another xsh process held it for more than "
                    + SqliteConnections.BUSY_TIMEOUT_MS / 1000 + " s", e);
        }
        if (SqliteConnections.isNotADatabase(e)) {
            return unusable(file, "not an xsh checkpoint catalog (file is not a database)", e);
        }
        if (SqliteConnections.isCorrupt(e)) {
            return unusable(file, "the checkpoint catalog is corrupt (" + SqliteConnections.describe(e) + ")", e);
        }
        return unusable(file, "cannot use the checkpoint catalog: " + SqliteConnections.describe(e), e);
    }

    private static XshException unusable(Path file, String problem, Throwable cause) {
        return new XshException("xsh: " + file + ": " + problem, 1, cause);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // every transaction ended with COMMIT or ROLLBACK: nothing is lost
        }
    }
}
