package xsh.shell.checkpoint;

import java.io.PrintStream;
import java.nio.file.Path;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.toolstack.checkpoint.CheckpointCatalog;
import xsh.toolstack.checkpoint.CheckpointRecovery;
import xsh.toolstack.checkpoint.SqliteCheckpointCatalog;

/**
 * Where a host's checkpoints are kept: the catalog {@code XSH_HOME/checkpoints/HOST.db}
 * (with {@code HOST.inflight/} beside it while one is being taken), and by default the
 * images and configs in {@code XSH_HOME/checkpoints/HOST/}.
 */
public final class CheckpointHost {

    private CheckpointHost() {
    }

    /** The catalog of the host {@code hv}, which {@code xsh}'s options selected; close it before the host. */
    public static CheckpointCatalog catalog(XshCommand xsh, Hypervisor hv) {
        return sqliteCatalog(xsh, hv);
    }

    static SqliteCheckpointCatalog sqliteCatalog(XshCommand xsh, Hypervisor hv) {
        return catalog(home(xsh), hv);
    }

    /** The catalog of the host {@code hv} under the XSH_HOME {@code home}; close it before the host. */
    public static SqliteCheckpointCatalog catalog(Path home, Hypervisor hv) {
        return SqliteCheckpointCatalog.open(catalogFile(home, hv.hostName()), hv);
    }

    /** Where the images and configs of the host {@code hv} go unless {@code --dir} says otherwise. */
    static Path defaultImageDirectory(XshCommand xsh, Hypervisor hv) {
        return defaultImageDirectory(home(xsh), hv);
    }

    /** As {@link #defaultImageDirectory(XshCommand, Hypervisor)}, under the XSH_HOME {@code home}. */
    public static Path defaultImageDirectory(Path home, Hypervisor hv) {
        return directory(home).resolve(hv.hostName());
    }

    private static Path home(XshCommand xsh) {
        return xsh.hosts().home(xsh.globals());
    }

    private static Path directory(Path home) {
        return home.resolve("checkpoints");
    }

    private static Path catalogFile(Path home, String host) {
        return directory(home).resolve(host + ".db");
    }

    /**
     * Undoes the checkpoints of {@code hv} that a dead xsh left half taken, telling each on
     * {@code err} in one line. With none in flight it costs one stat; a catalog that cannot
     * be read is told in one line too, and the command goes on.
     */
    public static void recoverInterrupted(Path home, Hypervisor hv, PrintStream err) {
        Path file = catalogFile(home, hv.hostName());
        if (!CheckpointRecovery.needed(file)) {
            return;
        }
        try (SqliteCheckpointCatalog catalog = SqliteCheckpointCatalog.open(file, hv)) {
            CheckpointRecovery.recover(catalog).forEach(err::println);
        } catch (RuntimeException e) {
            err.println("xsh: cannot recover interrupted checkpoints: " + e.getMessage());
        }
        err.flush();
    }
}
