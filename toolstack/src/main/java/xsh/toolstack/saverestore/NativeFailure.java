package xsh.toolstack.saverestore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.LoggedLine;

/**
 * A real Dom0's xl failed a save, restore or migration whose lines were told as xl printed
 * them: what is left to print is only what xl said and was not told yet, so the user reads
 * xl's stderr once, as xl prints it. The message stays xl's whole text, for scripts and
 * one-line reasons; the exit code is xl's.
 */
public final class NativeFailure extends MultiLineException {

    private final String whole;

    private NativeFailure(List<String> untold, String whole, XshException cause) {
        super(untold, cause.exitCode(), cause);
        this.whole = whole;
    }

    /** {@code failure} without the lines of it already {@code told}. */
    public static NativeFailure of(XshException failure, List<String> told) {
        String whole = failure.getMessage() == null ? "" : failure.getMessage();
        // A told line of libxl's counts by its words too: the failure holds libxl's words only
        Set<String> shown = new HashSet<>();
        for (String line : told) {
            shown.add(line.strip());
            shown.add(LoggedLine.wordsOf(line.strip()));
        }
        List<String> untold = new ArrayList<>();
        for (String line : whole.lines().toList()) {
            if (!line.isBlank() && !shown.contains(line.strip())) {
                untold.add(line);
            }
        }
        return new NativeFailure(untold, whole, failure);
    }

    @Override
    public String getMessage() {
        return whole;
    }
}
