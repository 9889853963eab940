package xsh.toolstack.checkpoint.retention;

import java.util.List;
import xsh.toolstack.checkpoint.Checkpoint;

/**
 * A prune done (or, in a dry run, planned): every verdict, the checkpoints deleted (or that
 * would be), and those whose delete failed, with why.
 */
public record PruneResult(List<Verdict> verdicts, List<Checkpoint> deleted, List<Failure> failures, boolean dryRun) {

    /** A checkpoint the catalog could not delete, and its one-line reason. */
    public record Failure(Checkpoint checkpoint, String reason) {
    }

    public PruneResult {
        verdicts = List.copyOf(verdicts);
        deleted = List.copyOf(deleted);
        failures = List.copyOf(failures);
    }

    public List<Checkpoint> kept() {
        return verdicts.stream().filter(Verdict::kept).map(Verdict::checkpoint).toList();
    }
}
