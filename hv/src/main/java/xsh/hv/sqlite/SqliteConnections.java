package xsh.hv.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Connections to xsh's SQLite files, all opened alike.
 *
 * <p>WAL mode lets readers in other xsh processes go on while one process writes; a writer
 * waits for another up to {@link #BUSY_TIMEOUT_MS} (SQLite's busy handler) instead of
 * failing. {@code synchronous=NORMAL} is durable against a killed process, which is what
 * a CLI tool meets; only a power loss can lose the last transactions, never tear one.
 */
public final class SqliteConnections {

    /**
     * sqlite-jdbc logs through java.util.logging to stderr, e.g. SEVERE "Failed to delete old
     * native lib" when two processes start at once and one cleans up the other's extracted
     * library: harmless for it, but stderr is xl's bytes. A real failure to load is still an
     * exception. Held here so the logger, and its level, are not collected.
     */
    private static final Logger SQLITE_LOG = Logger.getLogger("org.sqlite");

    static {
        SQLITE_LOG.setLevel(Level.OFF);
    }

    /** How long a writer waits for another process's transaction before giving up. */
    public static final int BUSY_TIMEOUT_MS = 30_000;

    private SqliteConnections() {
    }

    /**
     * A connection to {@code file} in WAL mode, foreign keys enforced; the file is made when
     * {@code create}, else it must exist. The WAL pragma reads the file's header: a file that
     * is not SQLite fails here.
     */
    public static Connection connect(Path file, boolean create) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Another process held the file longer than the busy timeout. */
    public static boolean isBusy(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_BUSY) || is(e, SQLiteErrorCode.SQLITE_LOCKED);
    }

    public static boolean isNotADatabase(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_NOTADB);
    }

    public static boolean isCorrupt(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_CORRUPT);
    }

    private static boolean is(SQLException e, SQLiteErrorCode code) {
        return e instanceof SQLiteException se && se.getResultCode() == code;
    }

    /** SQLite's words without sqlite-jdbc's {@code [SQLITE_NOTADB]} prefix. */
    public static String describe(SQLException e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // sqlite-jdbc says "[SQLITE_NOTADB] File opened that is not a database file (file is not a database)"
        int close = m.indexOf("] ");
        return m.startsWith("[") && close > 0 ? m.substring(close + 2) : m;
    }
}
