package xsh.toolstack.vmcontrol;

import java.util.ArrayList;
import java.util.List;
import xsh.error.MultiLineException;
import xsh.hv.HvError;
import xsh.hv.HvException;

/**
 * What {@code xl create} shows when libxl refuses to build a domain: libxl's own line, then
 * the line libxl logs for the stage that failed, and the exit code {@code -rc}. Naming the
 * domain (name taken, pool unknown) fails in {@code libxl__domain_make}, logged as
 * {@code cannot make domain: -6}; memory that does not fit fails when the domain is built
 * ({@code cannot (re-)build domain: -3}), so xl exits 3, not 5.
 */
final class CreateFailure {

    private CreateFailure() {
    }

    static MultiLineException of(HvException e) {
        List<String> lines = new ArrayList<>();
        lines.add(e.getMessage());
        int rc = switch (e.error()) {
            case INVAL -> {
                lines.add("cannot make domain: " + HvError.INVAL.rc());
                yield HvError.INVAL.rc();
            }
            case NOMEM, FAIL -> {
                lines.add("cannot (re-)build domain: " + HvError.FAIL.rc());
                yield HvError.FAIL.rc();
            }
            default -> e.error().rc();
        };
        return new MultiLineException(lines, -rc, e);
    }
}
