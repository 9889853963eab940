package xsh.hv;

import xsh.error.XshException;

/**
 * A refused or failed hypervisor operation: libxl's error code, and a message in libxl's
 * words naming the domain, pool or path. Nothing changed on the host.
 */
public class HvException extends XshException {

    private final HvError error;

    public HvException(HvError error, String message) {
        super(message, 1);
        this.error = error;
    }

    public HvError error() {
        return error;
    }
}
