package xsh.toolstack.checkpoint.retention;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.error.XshException;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointCatalog;

/**
 * {@code checkpoint prune [DOMAIN] --keep POLICY [--dry-run]}: the catalog's checkpoints
 * judged by {@link Retention}, and those it does not keep deleted through the catalog, oldest
 * first. A delete that fails does not stop the others; it is reported with the result.
 */
public final class CheckpointPruner {

    private final CheckpointCatalog catalog;
    private final ZoneId zone;

    /** @param zone the time zone whose hours, days, weeks and months checkpoints are bucketed in */
    public CheckpointPruner(CheckpointCatalog catalog, ZoneId zone) {
        this.catalog = catalog;
        this.zone = zone;
    }

    /**
     * @throws XshException a DOMAIN that has no checkpoints; exit 1
     */
    public PruneResult prune(Optional<String> domain, RetentionPolicy policy, Instant now, boolean dryRun) {
        List<Checkpoint> checkpoints = catalog.list(domain);
        if (domain.isPresent() && checkpoints.isEmpty()) {
            throw new XshException("checkpoint prune: domain " + domain.get() + " has no checkpoints", 1);
        }
        List<Verdict> verdicts = Retention.judge(checkpoints, policy, now, zone);
        List<Checkpoint> gone = new ArrayList<>();
        List<PruneResult.Failure> failures = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            if (verdict.kept()) {
                continue;
            }
            Checkpoint checkpoint = verdict.checkpoint();
            try {
                if (!dryRun) {
                    catalog.delete(checkpoint.id());
                }
                gone.add(checkpoint);
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
                failures.add(new PruneResult.Failure(checkpoint, String.join("; ", reason.lines().toList())));
            }
        }
        return new PruneResult(verdicts, gone, failures, dryRun);
    }
}
