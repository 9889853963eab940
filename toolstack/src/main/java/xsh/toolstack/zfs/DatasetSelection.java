package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;

/**
 * Which datasets a list or get shows, as zfs_for_each chooses them: the named ones (every pool
 * when none is named) of the requested types, with their descendants to the given depth;
 * each dataset once, in zfs's order. A name that does not exist is a {@code cannot open} line
 * and the others are still shown.
 */
final class DatasetSelection {

    /** No depth limit. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    /** The datasets found and the lines for the names that were not. */
    record Result(List<Dataset> datasets, List<String> errors) {
    }

    private final List<Dataset> all;
    private final Map<String, Dataset> byName = new LinkedHashMap<>();
    private final Map<String, List<Dataset>> children = new HashMap<>();

    DatasetSelection(List<Dataset> all) {
        this.all = all;
        for (Dataset dataset : all) {
            byName.put(dataset.name(), dataset);
            String parent = parentName(dataset.name());
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(dataset);
            }
        }
    }

    Map<String, Dataset> byName() {
        return byName;
    }

    /**
     * @param names         the datasets named on the command line; none means every pool, recursively
     * @param types         the types shown
     * @param namedTypes    the types a named dataset may be ({@code operation not applicable} otherwise)
     * @param recursive     -r or -d: descend below the named datasets (always below the pools)
     * @param limit         how deep to descend: -d's depth, or {@link #UNLIMITED}
     * @param snapshotsDown whether recursion descends into snapshots
     */
    Result select(List<String> names, Set<DatasetType> types, Set<DatasetType> namedTypes, boolean recursive,
                  int limit, boolean snapshotsDown) {
        int depth = recursive ? limit : 0;
        Set<Dataset> chosen = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        if (names.isEmpty()) {
            for (Dataset dataset : all) {
                if (parentName(dataset.name()) == null) {
                    walk(dataset, types, limit, snapshotsDown, chosen);
                }
            }
        }
        for (String name : names) {
            Dataset dataset = byName.get(name);
            if (dataset == null) {
                errors.add("cannot open '" + name + "': dataset does not exist");
            } else if (!namedTypes.contains(dataset.type())) {
                errors.add("cannot open '" + name + "': operation not applicable to datasets of this type");
            } else {
                walk(dataset, types, depth, snapshotsDown, chosen);
            }
        }
        Map<Dataset, Integer> order = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        List<Dataset> sorted = new ArrayList<>(chosen);
        sorted.sort(Comparator.comparing(order::get));
        return new Result(sorted, errors);
    }

    private void walk(Dataset dataset, Set<DatasetType> types, int depth, boolean snapshotsDown, Set<Dataset> chosen) {
        if (types.contains(dataset.type())) {
            chosen.add(dataset);
        }
        if (depth <= 0) {
            return;
        }
        for (Dataset child : children.getOrDefault(dataset.name(), List.of())) {
            if (child.type() != DatasetType.SNAPSHOT || snapshotsDown) {
                walk(child, types, depth == UNLIMITED ? UNLIMITED : depth - 1, snapshotsDown, chosen);
            }
        }
    }

    /** The dataset a name lives under: {@code a/b} for {@code a/b/c} and {@code a/b@s}; none for a pool. */
    static String parentName(String name) {
        int at = name.indexOf('@');
        if (at >= 0) {
            return name.substring(0, at);
        }
        int slash = name.lastIndexOf('/');
        return slash >= 0 ? name.substring(0, slash) : null;
    }

    static Set<DatasetType> allTypes() {
        return EnumSet.allOf(DatasetType.class);
    }
}
