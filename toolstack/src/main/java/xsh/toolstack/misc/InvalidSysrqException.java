package xsh.toolstack.misc;

import java.util.List;
import xsh.error.MultiLineException;

/** xl's {@code Invalid sysrq.} and a blank line, after which the face shows the command's help. */
public final class InvalidSysrqException extends MultiLineException {

    InvalidSysrqException() {
        super(List.of("Invalid sysrq.", ""), 1);
    }
}
