package xsh.shell.checkpoint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import xsh.hv.Hypervisor;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointProblems;

/** The checkpoints of a listing with their problems, the host's datasets read once for all of them. */
public final class CheckpointRows {

    private CheckpointRows() {
    }

    /** With the problems seen without reading images (list, show). */
    public static List<CheckpointRow> seen(Hypervisor hv, List<Checkpoint> checkpoints) {
        return of(hv, checkpoints, CheckpointProblems::seen);
    }

    /** With every problem, images re-hashed (verify). */
    public static List<CheckpointRow> verified(Hypervisor hv, List<Checkpoint> checkpoints) {
        return of(hv, checkpoints, CheckpointProblems::verified);
    }

    private static List<CheckpointRow> of(Hypervisor hv, List<Checkpoint> checkpoints,
                                          BiFunction<Checkpoint, Set<String>, List<String>> problems) {
        Set<String> datasets = checkpoints.stream().allMatch(c -> c.snapshots().isEmpty())
                ? Set.of() : new HashSet<>(hv.storage().names());
        return checkpoints.stream().map(c -> new CheckpointRow(c, problems.apply(c, datasets))).toList();
    }
}
