package xsh.toolstack.migrate.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;

/**
 * Takes down what a migration's receiver made, so that a failed migration leaves no second
 * copy of the disks: the datasets it received, with their snapshots, and the parents it had
 * to create. The deepest go first; a dataset something else has since put a dataset under is
 * left (it is no longer the migration's alone) and told about.
 */
public final class ReceivedDatasets {

    private ReceivedDatasets() {
    }

    /**
     * Destroys those of {@code created} that exist. Idempotent, so a recovery may run it
     * again, and safe after a receive cut short (a partial stream makes nothing).
     *
     * @param created the datasets as a {@link CreationJournal} heard of them, in any order
     * @return one line for each dataset left behind, saying why
     */
    public static List<String> remove(Storage storage, List<String> created) {
        List<String> deepestFirst = new ArrayList<>(created.stream().distinct().toList());
        deepestFirst.sort(Comparator.comparingLong(ReceivedDatasets::depth).reversed().thenComparing(Comparator.reverseOrder()));
        List<String> left = new ArrayList<>();
        for (String dataset : deepestFirst) {
            remove(storage, dataset, deepestFirst).ifPresent(left::add);
        }
        return left;
    }

    private static Optional<String> remove(Storage storage, String dataset, List<String> created) {
        try {
            if (storage.dataset(dataset).isEmpty()) {
                return Optional.empty();
            }
            Optional<String> child = storage.names().stream()
                    .filter(name -> name.startsWith(dataset + "/") && !name.contains("@"))
                    .findFirst();
            if (child.isPresent()) {
                return Optional.of(dataset + " is left: " + (created.contains(child.get())
                        ? "it still holds " + child.get() : child.get() + " was made in it meanwhile"));
            }
            storage.destroy(dataset, true);
            return Optional.empty();
        } catch (StorageException e) {
            return Optional.of(dataset + " is left: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static long depth(String dataset) {
        return dataset.chars().filter(c -> c == '/').count();
    }
}
