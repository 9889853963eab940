package xsh.toolstack.vmcontrol;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import xsh.error.MultiLineException;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LibxlRefusals;
import xsh.hv.LogSite;
import xsh.toolstack.domain.LibxlLines;

/**
 * What libxl logs when it cannot make or build a domain, for {@code xl create} and
 * {@code xl restore}. A refusal while the domain is set up (a disk target or the pool that
 * does not exist) is libxl's line alone, rc -6; one while it is built (a kernel that cannot
 * be loaded, memory that does not fit) ends with libxl's {@code cannot (re-)build domain: -3}.
 * A name already taken is told before the host is asked ({@link #nameTaken}), in the words
 * libxl uses when it names the domain. Create exits with {@code -rc}; restore exits 1.
 *
 * <p>Under the xl front end the lines carry libxl's prefix. libxl names the domain it had
 * begun to make ({@code Domain N:}); xsh refuses before a domid is taken, so it names none,
 * except a domid the caller asked for.
 */
public final class CreateFailure {

    private static final LogSite MAKE_FAILED = LogSite.libxlDomain("libxl_create.c", 1294, "initiate_domain_create");
    private static final LogSite BUILD_FAILED = LogSite.libxlDomain("libxl_create.c", 1638, "domcreate_rebuild_done");

    private CreateFailure() {
    }

    /** Create's failure: libxl's lines and exit code {@code -rc}. */
    static MultiLineException of(HvException e, boolean xlCompatible) {
        int rc = built(e) ? HvError.FAIL.rc() : e.error().rc();
        return new MultiLineException(lines(e, OptionalInt.empty(), xlCompatible), -rc, e);
    }

    /** libxl's lines for a domain it could not make or build; {@code domid} is the one asked for, if any. */
    public static List<String> lines(HvException e, OptionalInt domid, boolean xlCompatible) {
        List<String> lines = new ArrayList<>(List.of(LibxlLines.of(e, domid, xlCompatible)));
        if (built(e)) {
            lines.add(LibxlLines.of(BUILD_FAILED, domid, "cannot (re-)build domain: " + HvError.FAIL.rc(), xlCompatible));
        }
        return lines;
    }

    /** libxl__domain_make's refusal of a name in use, {@code cannot make domain: -6}; rc -6. */
    public static List<String> nameTakenLines(String name, boolean xlCompatible) {
        return List.of(
                LibxlLines.of(LibxlRefusals.nameTaken(HvError.INVAL, name), OptionalInt.empty(), xlCompatible),
                LibxlLines.of(MAKE_FAILED, OptionalInt.empty(), "cannot make domain: " + HvError.INVAL.rc(), xlCompatible));
    }

    /** Create's refusal of a name in use: exit code 6. */
    static MultiLineException nameTaken(String name, boolean xlCompatible) {
        return new MultiLineException(nameTakenLines(name, xlCompatible), -HvError.INVAL.rc());
    }

    /** Whether the failure came once the domain was being built rather than set up. */
    private static boolean built(HvException e) {
        return e.error() == HvError.FAIL || e.error() == HvError.NOMEM;
    }
}
