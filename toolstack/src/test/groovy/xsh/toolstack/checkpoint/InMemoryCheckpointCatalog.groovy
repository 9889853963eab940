package xsh.toolstack.checkpoint

import java.nio.file.Files
import xsh.hv.storage.Storage

/**
 * A catalog in a list, for the specs of what is built on {@link CheckpointCatalog}: a delete
 * removes the image, the config and the snapshots (from {@code storage}, when given), and
 * fails for the ids in {@code failing}.
 */
class InMemoryCheckpointCatalog implements CheckpointCatalog {

    final List<Checkpoint> checkpoints = []
    final List<Long> deleted = []
    Set<Long> failing = [] as Set
    Storage storage

    InMemoryCheckpointCatalog leftWith(Collection<Checkpoint> some) {
        checkpoints.addAll(some)
        this
    }

    @Override
    List<Checkpoint> list(Optional<String> domain) {
        checkpoints.findAll { domain.isEmpty() || it.domain() == domain.get() }.sort(false) { it.taken() }
    }

    @Override
    Optional<Checkpoint> find(long id) {
        Optional.ofNullable(checkpoints.find { it.id() == id })
    }

    @Override
    void delete(long id) {
        if (id in failing) {
            throw new xsh.error.XshException("cannot destroy snapshot: snapshot has dependent clones", 1)
        }
        def checkpoint = find(id).orElseThrow()
        Files.deleteIfExists(checkpoint.image())
        Files.deleteIfExists(checkpoint.config())
        checkpoint.snapshots().each { storage?.destroy(it, false) }
        checkpoints.remove(checkpoint)
        deleted << id
    }

    @Override
    void close() {
    }
}
