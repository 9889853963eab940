package xsh.toolstack.checkpoint.retention;

import java.util.List;
import xsh.toolstack.checkpoint.Checkpoint;

/**
 * What a retention policy says of one checkpoint: the rules that keep it ({@code newest},
 * {@code last}, {@code hourly}...), none when it goes.
 */
public record Verdict(Checkpoint checkpoint, List<String> keptBy) {

    /** The rule that keeps every domain's newest checkpoint, whatever the policy. */
    public static final String NEWEST = "newest";

    public Verdict {
        keptBy = List.copyOf(keptBy);
    }

    public boolean kept() {
        return !keptBy.isEmpty();
    }
}
