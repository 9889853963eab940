package xsh.shell.migrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import xsh.shell.render.ByteUnits;
import xsh.shell.render.CText;
import xsh.toolstack.migrate.MigrationReport;

/**
 * What {@code migrate} prints on stdout: for people, one line per domain
 * ({@code web: migrated to local:h2 in 3 rounds, 1.0 GiB sent in 1.24 s, downtime 12 ms}) and,
 * after {@code --all}, a summary; with {@code --json} the report's fields. On a terminal the
 * outcome is coloured: migrated in green, failed in red.
 */
public final class MigrationText {

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    private MigrationText() {
    }

    /** The line of one domain, its name padded to {@code nameWidth} so the lines of --all align. */
    public static String line(MigrationOutcome outcome, int nameWidth, boolean colour) {
        String name = CText.padRight(outcome.domain() + ":", nameWidth + 1) + " ";
        if (outcome.ok()) {
            MigrationReport r = outcome.report();
            if (r.rounds() == MigrationReport.UNKNOWN) { // a real Dom0's xl migrate tells only that it is done
                return name + coloured("migrated", GREEN, colour) + " to " + r.target() + " in " + seconds(r.totalMs());
            }
            return name + coloured("migrated", GREEN, colour) + " to " + r.target() + " in " + r.rounds()
                    + (r.rounds() == 1 ? " round, " : " rounds, ") + ByteUnits.of(r.bytes()) + " sent in "
                    + seconds(r.totalMs()) + ", downtime " + r.downtimeMs() + " ms";
        }
        return name + coloured("failed", RED, colour) + ": " + outcome.error();
    }

    /** The line of a single migration. */
    public static String line(MigrationReport report, boolean colour) {
        return line(MigrationOutcome.migrated(report), report.domain().length(), colour);
    }

    /** After {@code --all}: {@code migrated N, failed M} and each failure's reason. */
    public static String summary(List<MigrationOutcome> outcomes, boolean colour) {
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        StringBuilder text = new StringBuilder();
        if (outcomes.isEmpty()) {
            return "no domain to migrate\n";
        }
        text.append("migrated ").append(outcomes.size() - failed).append(", failed ").append(failed);
        text.append(failed == 0 ? "\n" : ":\n");
        for (MigrationOutcome outcome : outcomes) {
            if (!outcome.ok()) {
                text.append("  ").append(coloured(outcome.domain(), RED, colour)).append(": ")
                        .append(outcome.error()).append('\n');
            }
        }
        return text.toString();
    }

    /** {@code --json} of one migration. */
    public static Map<String, Object> json(MigrationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", r.domain());
        m.put("target", r.target());
        m.put("source_domid", r.sourceDomid());
        m.put("target_domid", r.targetDomid() < 0 ? null : r.targetDomid()); // unknown over ssh
        // what a real Dom0's xl migrate does not tell is null
        m.put("rounds", known(r.rounds()));
        m.put("bytes", known(r.bytes()));
        m.put("storage_bytes", r.storageBytes());
        m.put("total_ms", r.totalMs());
        m.put("downtime_ms", known(r.downtimeMs()));
        m.put("per_round", r.perRound().stream().map(MigrationText::json).toList());
        return m;
    }

    /** {@code --json} of one domain of {@code --all}: {@code migrated}, the report's fields or the {@code error}. */
    public static Map<String, Object> json(MigrationOutcome outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", outcome.domain());
        m.put("migrated", outcome.ok());
        if (outcome.ok()) {
            json(outcome.report()).forEach(m::putIfAbsent);
        } else {
            m.put("error", outcome.error());
        }
        return m;
    }

    private static Map<String, Object> json(MigrationReport.Round round) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", round.number());
        m.put("pages", round.pages());
        m.put("bytes", round.bytes());
        m.put("ms", round.ms());
        m.put("dirty_pages", round.dirtyPages());
        m.put("stop_and_copy", round.stopAndCopy());
        return m;
    }

    private static Long known(long number) {
        return number == MigrationReport.UNKNOWN ? null : number;
    }

    /** {@code 1.24 s}. */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String coloured(String text, String colour, boolean on) {
        return on ? colour + text + RESET : text;
    }
}
