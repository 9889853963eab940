package xsh.hv.sim.store;

import java.nio.file.Path;
import xsh.error.XshException;

/**
 * A host's state file that cannot be used: not a database, another schema version, not
 * readable, locked for too long. It names the file, so the user can look at it; the host is
 * never silently reset.
 */
public class StateFileException extends XshException {

    private final Path file;

    public StateFileException(Path file, String problem) {
        super(file + ": " + problem, 1);
        this.file = file;
    }

    public StateFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, 1, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
