package xsh.toolstack.migrate.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;

/**
 * A migration's snapshots of its datasets: {@code DATASET@TAG-1} for the whole streams and
 * {@code DATASET@TAG-2} for the changes sent during the stop-and-copy. Made on the source by
 * the sender, and on the target by receiving them.
 */
public final class MigrationSnapshots {

    private final List<String> datasets;
    private final String tag;

    public MigrationSnapshots(List<String> datasets, String tag) {
        this.datasets = List.copyOf(datasets);
        this.tag = tag;
    }

    List<String> datasets() {
        return datasets;
    }

    String firstName() {
        return tag + "-1";
    }

    String secondName() {
        return tag + "-2";
    }

    List<String> first() {
        return datasets.stream().map(d -> of(d, firstName())).toList();
    }

    List<String> second() {
        return datasets.stream().map(d -> of(d, secondName())).toList();
    }

    static String of(String dataset, String snapshot) {
        return dataset + "@" + snapshot;
    }

    /**
     * Destroys those of the migration's snapshots that exist, the later first; whatever
     * fails, tries the rest. Idempotent.
     *
     * @return one line for each snapshot left behind, saying why
     */
    public List<String> destroy(Storage storage) {
        List<String> all = new ArrayList<>(first());
        all.addAll(second());
        return destroy(storage, all);
    }

    /** Destroys those of {@code snapshots} that exist, the last first; whatever fails, tries the rest. */
    static List<String> destroy(Storage storage, List<String> snapshots) {
        List<String> left = new ArrayList<>();
        for (int i = snapshots.size() - 1; i >= 0; i--) {
            destroy(storage, snapshots.get(i)).ifPresent(left::add);
        }
        return left;
    }

    /** Destroys a snapshot if it is there; the reason it could not be, otherwise. */
    static Optional<String> destroy(Storage storage, String snapshot) {
        try {
            if (storage.dataset(snapshot).isPresent()) {
                storage.destroy(snapshot, false);
            }
            return Optional.empty();
        } catch (StorageException e) {
            return Optional.of(snapshot + " is left: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
