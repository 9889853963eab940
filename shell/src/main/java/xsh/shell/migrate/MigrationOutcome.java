package xsh.shell.migrate;

import java.util.List;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.toolstack.migrate.MigrationReport;

/**
 * How the migration of one domain of {@code migrate --all} (or the DSL's {@code migrateAll})
 * ended: its report, or why it failed in one line. Null stands for what is not there, so that a
 * script reads {@code outcome.report()?.rounds} and {@code outcome.error() ?: 'ok'}.
 *
 * @param report the migration's report; null when it failed
 * @param error  why it failed, in one line; null when it migrated
 */
public record MigrationOutcome(String domain, MigrationReport report, String error) {

    public static MigrationOutcome migrated(MigrationReport report) {
        return new MigrationOutcome(report.domain(), report, null);
    }

    public static MigrationOutcome failed(String domain, RuntimeException failure) {
        return new MigrationOutcome(domain, null, reason(failure));
    }

    /** Whether the domain was migrated. */
    public boolean ok() {
        return report != null;
    }

    /**
     * A failure in one line: xl's lines of a multi-line failure joined by '; ' (the full stops
     * inside dropped), blank lines and banners left out.
     */
    static String reason(RuntimeException failure) {
        if (failure instanceof MultiLineException lines) {
            List<String> kept = lines.lines().stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("**")).toList();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < kept.size(); i++) {
                String line = kept.get(i);
                boolean last = i == kept.size() - 1;
                text.append(!last && line.endsWith(".") ? line.substring(0, line.length() - 1) : line);
                text.append(last ? "" : "; ");
            }
            return text.toString();
        }
        String message = failure instanceof XshException ? failure.getMessage() : "xsh: " + failure.getMessage();
        return message == null ? failure.toString() : message.replace('\n', ' ');
    }
}
