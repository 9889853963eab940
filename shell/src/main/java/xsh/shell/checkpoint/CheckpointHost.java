package xsh.shell.checkpoint;

import java.nio.file.Path;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.XshHome;
import xsh.toolstack.checkpoint.CheckpointCatalog;
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
        return SqliteCheckpointCatalog.open(catalogFile(hv.hostName()), hv);
    }

    /** {@code XSH_HOME/checkpoints}. */
    public static Path directory() {
        return XshHome.path().resolve("checkpoints");
    }

    /** The catalog file of the host named {@code host}. */
    public static Path catalogFile(String host) {
        return directory().resolve(host + ".db");
    }

    /** Where a checkpoint's image and config go unless {@code --dir} says otherwise. */
    public static Path defaultImageDirectory(String host) {
        return directory().resolve(host);
    }
}
