package xsh.hv.xen.parse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code xl uptime}: when each domain started, as {@code now} minus its uptime. The long form
 * ({@code Name ID Uptime}, uptimes as {@code [D day[s], ]H:MM:SS}) is exact to the second;
 * the short form ({@code -s}: {@code  HH:MM:SS up [D days, ]H:MM, NAME (ID)}) to the minute.
 */
public final class UptimeText {

    private static final Pattern LONG = Pattern.compile("(.+?)\\s+(\\d+)\\s+(?:(\\d+) days?,\\s+)?(\\d+):(\\d{2}):(\\d{2})");
    private static final Pattern SHORT = Pattern.compile(
            "\\d{2}:\\d{2}:\\d{2} up\\s+(?:(\\d+) days?,\\s+)?(\\d+):(\\d{2}), (.+) \\((\\d+)\\)");

    private UptimeText() {
    }

    public static Map<Integer, Instant> parse(String stdout, Instant now) {
        Map<Integer, Instant> started = new LinkedHashMap<>();
        List<Lines.Line> lines = Lines.nonBlank(stdout);
        for (Lines.Line line : lines) {
            String text = line.text().strip();
            Matcher l = LONG.matcher(text);
            Matcher s = SHORT.matcher(text);
            if (line == lines.get(0) && List.of(text.split("\\s+")).equals(List.of("Name", "ID", "Uptime"))) {
                continue;
            }
            if (s.matches()) {
                long seconds = days(s.group(1)) + Long.parseLong(s.group(2)) * 3600 + Long.parseLong(s.group(3)) * 60;
                started.put(Lines.integer(line, s.group(5), "ID"), now.minusSeconds(seconds));
            } else if (l.matches()) {
                long seconds = days(l.group(3)) + Long.parseLong(l.group(4)) * 3600 + Long.parseLong(l.group(5)) * 60
                        + Long.parseLong(l.group(6));
                started.put(Lines.integer(line, l.group(2), "ID"), now.minusSeconds(seconds));
            } else {
                throw line.error("not a line of xl uptime");
            }
        }
        return started;
    }

    private static long days(String days) {
        return days == null ? 0 : Long.parseLong(days) * 86_400;
    }
}
