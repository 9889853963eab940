package xsh.shell.top;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import xsh.shell.render.CText;
import xsh.toolstack.top.StateCounts;
import xsh.toolstack.top.TopColumn;
import xsh.toolstack.top.TopFrame;
import xsh.toolstack.top.TopRow;
import xsh.toolstack.top.TopSample;

/**
 * top's text in xentop's formats: the three summary lines, the header and a line per domain,
 * each a cell per column right-aligned in its width and joined by a space. Names are cut to
 * ten characters as xentop cuts them, unless full names are asked for, which widen the column.
 */
final class TopText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long KHZ_PER_MHZ = 1000;

    private TopText() {
    }

    /** xentop's summary: the time and Xen's version, the domains by state, memory and cpus. */
    static List<String> summary(TopFrame frame, ZoneId zone) {
        TopSample s = frame.sample();
        StateCounts c = frame.states();
        return List.of(
                "xsh top - " + CLOCK.format(s.at().atZone(zone)) + "   Xen " + s.xenVersion() + "   host " + s.hostName(),
                c.total() + " domains: " + c.running() + " running, " + c.blocked() + " blocked, " + c.paused()
                        + " paused, " + c.crashed() + " crashed, " + c.dying() + " dying, " + c.shutdown() + " shutdown ",
                "Mem: " + s.totalKib() + "k total, " + s.usedKib() + "k used, " + s.freeKib() + "k free    CPUs: "
                        + s.cpus() + " @ " + s.cpuKhz() / KHZ_PER_MHZ + "MHz");
    }

    /** Each column's width for this frame. */
    static Map<TopColumn, Integer> widths(TopFrame frame, boolean fullNames) {
        Map<TopColumn, Integer> widths = new EnumMap<>(TopColumn.class);
        for (TopColumn column : TopColumn.values()) {
            widths.put(column, column.width());
        }
        if (fullNames) {
            frame.rows().forEach(r -> widths.merge(TopColumn.NAME, r.domain().name().getBytes(StandardCharsets.UTF_8).length, Math::max));
        }
        return widths;
    }

    static List<String> headerCells(Map<TopColumn, Integer> widths) {
        List<String> cells = new ArrayList<>();
        for (TopColumn column : TopColumn.values()) {
            cells.add(CText.padLeft(column.header(), widths.get(column)));
        }
        return cells;
    }

    static List<String> rowCells(TopRow row, Map<TopColumn, Integer> widths, boolean fullNames) {
        List<String> cells = new ArrayList<>();
        for (TopColumn column : TopColumn.values()) {
            cells.add(CText.padLeft(value(column, row, fullNames), widths.get(column)));
        }
        return cells;
    }

    /** Header and rows as lines of plain text: one frame of xentop's batch mode. */
    static String table(TopFrame frame, boolean fullNames) {
        Map<TopColumn, Integer> widths = widths(frame, fullNames);
        StringBuilder out = new StringBuilder(String.join(" ", headerCells(widths))).append('\n');
        for (TopRow row : frame.rows()) {
            out.append(String.join(" ", rowCells(row, widths, fullNames))).append('\n');
        }
        return out.toString();
    }

    private static String value(TopColumn column, TopRow r, boolean fullNames) {
        return switch (column) {
            case NAME -> fullNames ? r.domain().name() : cut(r.domain().name(), TopColumn.NAME.width());
            case STATE -> r.stateLetters();
            case CPU_SECONDS -> Long.toString(r.domain().cpuTimeNanos() / NANOS_PER_SECOND);
            case CPU_PERCENT -> CText.fixed(r.cpuPercentOrZero(), 0, 1);
            case MEMORY -> Long.toString(r.domain().currentKib());
            case MEMORY_PERCENT -> CText.fixed(r.memoryPercent(), 0, 1);
            case MAX_MEMORY -> Long.toString(r.domain().maxKib());
            case MAX_MEMORY_PERCENT -> CText.fixed(r.maxMemoryPercent(), 0, 1);
            case VCPUS -> Integer.toString(r.domain().maxVcpus());
            case UPTIME -> elapsed(r.uptimeSeconds());
        };
    }

    /** {@code %10.10s}: at most so many characters. */
    private static String cut(String name, int width) {
        return name.codePointCount(0, name.length()) <= width ? name
                : name.substring(0, name.offsetByCodePoints(0, width));
    }

    /** ps's elapsed time: {@code [[DD-]hh:]mm:ss}. */
    static String elapsed(long seconds) {
        long days = seconds / 86400;
        long hours = seconds % 86400 / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        if (days > 0) {
            return String.format(Locale.ROOT, "%d-%02d:%02d:%02d", days, hours, minutes, secs);
        }
        if (hours > 0) {
            return String.format(Locale.ROOT, "%02d:%02d:%02d", hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%02d:%02d", minutes, secs);
    }
}
