package xsh.hv.xen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LoggedLine;

/**
 * xl's failure told as the hypervisor SPI tells one: libxl's words and where libxl logged
 * them, not xl's whole stderr. The toolstack words the rest itself (xl's trailer such as
 * {@code destroy failed (rc=-21)}, the {@code Domain N:} it names, the prefix under the xl
 * front end), so a failure on a real Dom0 reads as the same failure on the embedded host.
 * A failure without a libxl line is xl's own words, whole.
 */
final class XlLines {

    /** libxl's words without their prefix, as some front ends print them: {@code Domain N:MESSAGE}. */
    private static final Pattern BARE = Pattern.compile("Domain \\d+:(.+)");

    private XlLines() {
    }

    /** The SPI's exception for xl's failure {@code e} (its message xl's stderr, its code libxl's). */
    static HvException told(HvException e) {
        String[] lines = e.getMessage().split("\n");
        for (String line : lines) {
            Optional<LoggedLine> logged = LoggedLine.of(line);
            if (logged.isPresent()) {
                return new HvException(error(e, logged.get().words()), logged.get().site(), logged.get().words());
            }
        }
        Matcher bare = BARE.matcher(lines[0]);
        if (bare.matches()) {
            return new HvException(error(e, bare.group(1)), bare.group(1));
        }
        return e;
    }

    /**
     * The first line of a command that prints nothing when it succeeds (pause, unpause...) and
     * exits 0 whatever happened: a line that is not libxl's chatter at a verbose level.
     */
    static Optional<String> complaint(String stderr) {
        for (String line : stderr.split("\n")) {
            if (!line.isBlank() && !line.matches("(?:libxl|xc): (?:debug|verbose|detail|info|progress|notice):.*")) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** libxl's code: as xl said it, else the one libxl's message stands for. */
    private static HvError error(HvException e, String message) {
        if (e.error() == HvError.FAIL && message.startsWith("Non-existant domain")) {
            return HvError.DOMAIN_NOTFOUND;
        }
        return e.error();
    }
}
