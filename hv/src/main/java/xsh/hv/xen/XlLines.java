package xsh.hv.xen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LogSite;

/**
 * xl's failure told as the hypervisor SPI tells one: libxl's words and where libxl logged
 * them, not xl's whole stderr. The toolstack words the rest itself (xl's trailer such as
 * {@code destroy failed (rc=-21)}, the {@code Domain N:} it names, the prefix under the xl
 * front end), so a failure on a real Dom0 reads as the same failure on the embedded host.
 * A failure without a libxl line is xl's own words, whole.
 */
final class XlLines {

    /** {@code libxl: error: FILE:LINE:FUNCTION: [Domain N:]MESSAGE}. */
    private static final Pattern LIBXL = Pattern.compile(
            "libxl: (?:error|critical|emergency): ([^:\\s]+):(\\d+):([^:\\s]+): (Domain \\d+:)?(.*)");
    /** {@code xc: error: panic: FILE:LINE: MESSAGE}. */
    private static final Pattern LIBXC = Pattern.compile("xc: error: panic: ([^:\\s]+):(\\d+): (.*)");
    /** libxl's words without their prefix, as some front ends print them: {@code Domain N:MESSAGE}. */
    private static final Pattern BARE = Pattern.compile("Domain \\d+:(.+)");

    private XlLines() {
    }

    /** The SPI's exception for xl's failure {@code e} (its message xl's stderr, its code libxl's). */
    static HvException told(HvException e) {
        String[] lines = e.getMessage().split("\n");
        for (String line : lines) {
            Matcher m = LIBXL.matcher(line);
            if (m.matches()) {
                LogSite site = m.group(4) != null
                        ? LogSite.libxlDomain(m.group(1), Integer.parseInt(m.group(2)), m.group(3))
                        : LogSite.libxl(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
                return new HvException(error(e, m.group(5)), site, m.group(5));
            }
            m = LIBXC.matcher(line);
            if (m.matches()) {
                return new HvException(error(e, m.group(3)), LogSite.libxcPanic(m.group(1), Integer.parseInt(m.group(2))),
                        m.group(3));
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
