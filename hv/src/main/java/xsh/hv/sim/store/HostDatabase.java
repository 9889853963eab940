package xsh.hv.sim.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import xsh.hv.sqlite.SqliteConnections;

/**
 * The SQLite file of one host ({@code host.db}) and this process's connection to it, opened
 * as every xsh SQLite file is ({@link SqliteConnections}: WAL, a busy timeout).
 */
public final class HostDatabase implements AutoCloseable {

    /** How long a writer waits for another process's transaction before giving up. */
    public static final int BUSY_TIMEOUT_MS = SqliteConnections.BUSY_TIMEOUT_MS;

    private final Path file;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private HostDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Makes a new database at {@code file}, filled by {@code initializer} in one transaction.
     * The file appears complete or not at all: it is built under a temporary name and then
     * hard-linked into place, which fails if another process made the file first.
     *
     * @throws FileAlreadyExistsException when {@code file} exists
     */
    public static void create(Path file, Consumer<Tx> initializer) throws FileAlreadyExistsException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".host-", ".db.tmp");
            Files.delete(temp); // SQLite makes the file itself
        } catch (IOException e) {
            throw new StateFileException(file, "cannot create: " + reason(e), e);
        }
        try {
            try (HostDatabase db = connect(temp, true)) {
                db.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                db.execute("PRAGMA user_version = " + Schema.VERSION);
                db.execute("BEGIN IMMEDIATE");
                for (String ddl : Schema.TABLES) {
                    db.execute(ddl);
                }
                for (String ddl : Schema.STORAGE_TABLES) {
                    db.execute(ddl);
                }
                for (String ddl : Schema.ADDED_TABLES) {
                    db.execute(ddl);
                }
                Tx tx = new Tx(db, true, 0);
                initializer.accept(tx);
                db.execute("COMMIT");
            }
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new StateFileException(file, "cannot create: " + reason(e), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(Path.of(temp + "-wal"));
            deleteQuietly(Path.of(temp + "-shm"));
        }
    }

    /** Opens an existing host database, checking that it is one of ours and of this version. */
    public static HostDatabase open(Path file) {
        if (Files.isDirectory(file)) {
            throw new StateFileException(file, "is a directory, not an xsh host database");
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new StateFileException(file, "cannot open: permission denied (the host state must be readable and writable)");
        }
        HostDatabase db = connect(file, false);
        try {
            db.checkSchema();
            db.addLaterTables();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static HostDatabase connect(Path file, boolean create) {
        try {
            return new HostDatabase(file, SqliteConnections.connect(file, create));
        } catch (SQLException e) {
            // opening reads the file's header: this is where a file that is not SQLite shows itself
            throw failure(file, e, "cannot open: ");
        }
    }

    private void checkSchema() {
        int applicationId = (int) pragma("application_id");
        if (applicationId != Schema.APPLICATION_ID) {
            throw new StateFileException(file, applicationId == 0
                    ? "not an xsh host database (an SQLite database of something else, or empty)"
                    : String.format("not an xsh host database (application id 0x%08x)", applicationId));
        }
        long version = pragma("user_version");
        if (version != Schema.VERSION) {
            throw new StateFileException(file, "host state schema version " + version
                    + ", but this xsh reads version " + Schema.VERSION
                    + (version > Schema.VERSION ? " (made by a newer xsh)" : ""));
        }
    }

    /**
     * A host made before its ZFS kept datasets, or before the console ring and unmonitored
     * domains, gets those tables, once, in one transaction (two processes opening it at
     * once: the second finds them made).
     */
    private void addLaterTables() {
        if (hasTable("zfs_datasets") && hasTable("unmonitored")) {
            return;
        }
        execute("BEGIN IMMEDIATE");
        try {
            if (!hasTable("zfs_datasets")) {
                for (String ddl : Schema.STORAGE_UPGRADE) {
                    execute(ddl);
                }
                for (String ddl : Schema.STORAGE_TABLES) {
                    execute(ddl);
                }
            }
            for (String ddl : Schema.ADDED_TABLES) {
                execute(ddl);
            }
            execute("COMMIT");
        } catch (RuntimeException e) {
            try {
                execute("ROLLBACK");
            } catch (RuntimeException ignored) {
                // nothing was left open
            }
            throw e;
        }
    }

    private boolean hasTable(String table) {
        try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private long pragma(String name) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public Path file() {
        return file;
    }

    void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            statements.put(sql, st);
        }
        return st;
    }

    /** An SQL failure as the user should read it: which file, and what is wrong with it. */
    RuntimeException failure(SQLException e) {
        return failure(file, e, "cannot use the host state: ");
    }

    private static RuntimeException failure(Path file, SQLException e, String otherwise) {
        if (SqliteConnections.isBusy(e)) {
            return new BusyException(file, e);
        }
        if (SqliteConnections.isNotADatabase(e)) {
            return new StateFileException(file, "not an xsh host database (file is not a database)", e);
        }
        if (SqliteConnections.isCorrupt(e)) {
            return new StateFileException(file, "the host state is corrupt (" + describe(e) + ")", e);
        }
        return new StateFileException(file, otherwise + describe(e), e);
    }

    static boolean isBusy(RuntimeException e) {
        return e instanceof BusyException;
    }

    /** Another process held the database longer than the busy timeout. */
    static final class BusyException extends StateFileException {
        BusyException(Path file, Throwable cause) {
            super(file, "the host is busy: another xsh process held it for more than "
                    + BUSY_TIMEOUT_MS / 1000 + " s", cause);
        }
    }

    private static String describe(SQLException e) {
        return SqliteConnections.describe(e);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temporary file in the host directory is harmless
        }
    }

    @Override
    public void close() {
        for (PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to save: every transaction ended with COMMIT or ROLLBACK
        }
    }
}
