package xsh.cfg.cpulist;

import xsh.error.XshException;

/**
 * A CPULIST xl refuses (exit code 1). {@link #xlMessage()} is xl's stderr line word for
 * word; {@link #getMessage()} explains it with the whole list in view.
 */
public final class CpuListException extends XshException {

    private final String xlMessage;

    CpuListException(String xlMessage, String humanMessage) {
        super(humanMessage, 1);
        this.xlMessage = xlMessage;
    }

    /** xl's stderr line, without the newline. */
    public String xlMessage() {
        return xlMessage;
    }
}
