package xsh.hv;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of libxl's or libxc's error lines as xl prints it, read back: where it was logged, the
 * domain it names, and its words without the prefix ({@link LogSite#prefix} is the other way).
 * xsh's own commands show a real Dom0's libxl lines by their words, as they show the embedded
 * host's; the xl front end shows them whole.
 */
public record LoggedLine(LogSite site, OptionalInt domid, String words) {

    /** {@code libxl: error: FILE:LINE:FUNCTION: [Domain N:]WORDS}. */
    private static final Pattern LIBXL = Pattern.compile(
            "libxl: (?:error|critical|emergency): ([^:\\s]+):(\\d+):([^:\\s]+): (?:Domain (\\d+):)?(.*)");
    /** {@code xc: error: panic: FILE:LINE: WORDS}. */
    private static final Pattern LIBXC = Pattern.compile("xc: error: panic: ([^:\\s]+):(\\d+): (.*)");

    /** {@code line} read as libxl's or libxc's error line; empty for any other line. */
    public static Optional<LoggedLine> of(String line) {
        Matcher m = LIBXL.matcher(line);
        if (m.matches()) {
            String file = m.group(1);
            int at = Integer.parseInt(m.group(2));
            if (m.group(4) == null) {
                return Optional.of(new LoggedLine(LogSite.libxl(file, at, m.group(3)), OptionalInt.empty(), m.group(5)));
            }
            return Optional.of(new LoggedLine(LogSite.libxlDomain(file, at, m.group(3)),
                    OptionalInt.of(Integer.parseUnsignedInt(m.group(4))), m.group(5)));
        }
        m = LIBXC.matcher(line);
        if (m.matches()) {
            return Optional.of(new LoggedLine(LogSite.libxcPanic(m.group(1), Integer.parseInt(m.group(2))),
                    OptionalInt.empty(), m.group(3)));
        }
        return Optional.empty();
    }

    /** {@code line}'s words when it is libxl's or libxc's error line, else {@code line} itself. */
    public static String wordsOf(String line) {
        return of(line).map(LoggedLine::words).orElse(line);
    }
}
