package xsh.shell.checkpoint;

import java.util.List;
import xsh.toolstack.checkpoint.Checkpoint;

/**
 * A checkpoint and what is wrong with it (nothing: it is ok), as list and verify show it and a
 * script's {@code checkpoint.verify()} returns it.
 */
public record CheckpointRow(Checkpoint checkpoint, List<String> problems) {

    public CheckpointRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** {@link #ok()}, as a script's {@code row.ok} reads it. */
    public boolean isOk() {
        return ok();
    }

    /** {@link #state()}, as a script's {@code row.state} reads it. */
    public String getState() {
        return state();
    }

    /** {@code ok}, or the problems, {@code image missing, snapshot zroot/debian@1 missing}. */
    public String state() {
        return ok() ? "ok" : String.join(", ", problems);
    }
}
