package xsh.shell.checkpoint;

import java.util.List;
import xsh.toolstack.checkpoint.Checkpoint;

/** A checkpoint and what is wrong with it (nothing: it is ok), as list and verify show it. */
record CheckpointRow(Checkpoint checkpoint, List<String> problems) {

    CheckpointRow {
        problems = List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** {@code ok}, or the problems, {@code image missing, snapshot zroot/debian@1 missing}. */
    String state() {
        return ok() ? "ok" : String.join(", ", problems);
    }
}
