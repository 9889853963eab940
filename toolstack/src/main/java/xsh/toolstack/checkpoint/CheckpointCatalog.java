package xsh.toolstack.checkpoint;

import java.util.List;
import java.util.Optional;

/**
 * One host's checkpoints, kept where they survive a crash and several xsh processes at once,
 * opened together with that host (whose storage holds the snapshots). Every change is atomic:
 * after a crash the catalog holds a checkpoint whole or not at all.
 */
public interface CheckpointCatalog extends AutoCloseable {

    /** The checkpoints, of one domain when given, oldest first. */
    List<Checkpoint> list(Optional<String> domain);

    /** The checkpoint with this id, if the catalog holds it. */
    Optional<Checkpoint> find(long id);

    /**
     * Deletes a checkpoint: its image, its config, its snapshots on the host's storage, and its
     * entry, the entry last so that a crash part-way leaves it listed for
     * another delete. A snapshot already gone is no failure.
     */
    void delete(long id);

    @Override
    void close();
}
