package xsh.hv.storage;

import xsh.error.XshException;

/**
 * A refused storage operation, in zfs's words ({@code cannot open 'tank/x': dataset does not
 * exist}) with zfs's exit code (1; 2 for a usage error). Nothing changed.
 */
public class StorageException extends XshException {

    public StorageException(String message) {
        super(message, 1);
    }

    public StorageException(String message, int exitCode) {
        super(message, exitCode);
    }

    public StorageException(String message, Throwable cause) {
        super(message, 1, cause);
    }
}
