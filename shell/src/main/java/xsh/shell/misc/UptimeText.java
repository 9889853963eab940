package xsh.shell.misc;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import xsh.shell.render.CText;
import xsh.toolstack.info.Uptimes;

/**
 * {@code xl uptime}'s text (§2.8): a header and {@code "%-33s %4d %s"} rows with
 * {@code [N day[s], ]HH:MM:SS}, or with {@code -s} one {@code uptime(1)}-like line per domain:
 * the local time, the uptime without seconds, the name and the domid.
 */
public final class UptimeText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private UptimeText() {
    }

    public static String render(Uptimes.Report report, boolean shortMode, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        if (!shortMode) {
            out.append(CText.padRight("Name", 33)).append(' ').append(CText.padLeft("ID", 4)).append(" Uptime\n");
        }
        String now = CLOCK.format(report.now().atZone(zone));
        for (Uptimes.Uptime u : report.uptimes()) {
            if (shortMode) {
                out.append(' ').append(now).append(" up ").append(duration(u.seconds(), true)).append(", ")
                        .append(u.name()).append(" (").append(u.domid()).append(")\n");
            } else {
                out.append(CText.padRight(u.name(), 33)).append(' ').append(CText.padLeft(Integer.toString(u.domid()), 4))
                        .append(' ').append(duration(u.seconds(), false)).append('\n');
            }
        }
        return out.toString();
    }

    /** xl's uptime_to_string. */
    static String duration(long seconds, boolean shortMode) {
        long day = seconds / 86400;
        long hour = seconds % 86400 / 3600;
        long min = seconds % 3600 / 60;
        long sec = seconds % 60;
        String days = day > 1 ? day + " days, " : day == 1 ? day + " day, " : "";
        return shortMode
                ? days + String.format(Locale.ROOT, "%2d:%02d", hour, min)
                : days + String.format(Locale.ROOT, "%2d:%02d:%02d", hour, min, sec);
    }

    /** For {@code --json}. */
    static List<java.util.Map<String, Object>> json(Uptimes.Report report) {
        return report.uptimes().stream().map(u -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("name", u.name());
            m.put("domid", u.domid());
            m.put("uptime_seconds", u.seconds());
            return m;
        }).toList();
    }
}
