package xsh.toolstack.vmcontrol;

import java.util.List;
import xsh.error.MultiLineException;
import xsh.hv.HvError;
import xsh.hv.HvException;

/**
 * What {@code xl create} shows when libxl refuses to build a domain, and its exit code
 * {@code -rc}. A refusal while the domain is set up (a disk target or the pool that does not
 * exist) is libxl's line and exit code 6; one while it is built (a kernel that cannot be
 * loaded, memory that does not fit) ends with libxl's {@code cannot (re-)build domain: -3}
 * and exit code 3. A name already taken is told before the host is asked
 * ({@link #nameTaken}), in the words libxl uses when it names the domain.
 */
final class CreateFailure {

    static final String BUILD_FAILED = "cannot (re-)build domain: " + HvError.FAIL.rc();
    static final String MAKE_FAILED = "cannot make domain: " + HvError.INVAL.rc();

    private CreateFailure() {
    }

    static MultiLineException of(HvException e) {
        return switch (e.error()) {
            case FAIL, NOMEM -> new MultiLineException(List.of(e.getMessage(), BUILD_FAILED), -HvError.FAIL.rc(), e);
            default -> new MultiLineException(List.of(e.getMessage()), -e.error().rc(), e);
        };
    }

    /** libxl__domain_make's refusal of a name in use: {@code cannot make domain: -6}, exit code 6. */
    static MultiLineException nameTaken(String name) {
        return new MultiLineException(List.of("Domain with name \"" + name + "\" already exists.", MAKE_FAILED),
                -HvError.INVAL.rc());
    }
}
