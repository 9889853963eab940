package xsh.shell.migrate;

import java.util.Optional;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.toolstack.migrate.MigrationReport;

/**
 * How the migration of one domain of {@code migrate --all} ended: its report, or why it failed
 * in one line.
 */
public record MigrationOutcome(String domain, Optional<MigrationReport> report, Optional<String> failure) {

    public static MigrationOutcome migrated(MigrationReport report) {
        return new MigrationOutcome(report.domain(), Optional.of(report), Optional.empty());
    }

    public static MigrationOutcome failed(String domain, RuntimeException failure) {
        return new MigrationOutcome(domain, Optional.empty(), Optional.of(reason(failure)));
    }

    public boolean ok() {
        return report.isPresent();
    }

    /** A failure in one line: xl's lines of a multi-line failure joined, blank ones and banners left out. */
    static String reason(RuntimeException failure) {
        if (failure instanceof MultiLineException lines) {
            return String.join(" ", lines.lines().stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("**")).toList());
        }
        String message = failure instanceof XshException ? failure.getMessage() : "xsh: " + failure.getMessage();
        return message == null ? failure.toString() : message.replace('\n', ' ');
    }
}
