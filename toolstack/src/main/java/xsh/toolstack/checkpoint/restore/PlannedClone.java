package xsh.toolstack.checkpoint.restore;

/**
 * One snapshot of a checkpoint and the clone a restore makes of it.
 *
 * @param snapshot {@code POOL/FS@ID}
 * @param origin   the dataset the snapshot is of, {@code POOL/FS}
 * @param target   the clone: a new dataset beside the origin
 */
public record PlannedClone(String snapshot, String origin, String target) {
}
