package xsh.shell.completion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parts of a host's state that completion offers, each read in one go and kept as it was then. */
final class HostView {

    private HostView() {
    }

    /** The domains and cpupools: one cheap read of the host. */
    record Domains(List<DomainEntry> domains, List<String> pools) {
        static final Domains EMPTY = new Domains(List.of(), List.of());
    }

    /**
     * The filesystems and volumes, sorted, and each one's snapshots (full names, oldest first):
     * names only, however many snapshots there are.
     */
    record Datasets(List<String> datasets, Map<String, List<String>> snapshots) {
        static final Datasets EMPTY = new Datasets(List.of(), Map.of());

        /** From names in zfs's order: each dataset, then its snapshots. */
        static Datasets of(List<String> names) {
            List<String> datasets = new ArrayList<>();
            Map<String, List<String>> snapshots = new HashMap<>();
            for (String name : names) {
                int at = name.indexOf('@');
                if (at < 0) {
                    datasets.add(name);
                } else {
                    snapshots.computeIfAbsent(name.substring(0, at), d -> new ArrayList<>()).add(name);
                }
            }
            datasets.sort(null);
            snapshots.replaceAll((d, list) -> List.copyOf(list));
            return new Datasets(List.copyOf(datasets), Map.copyOf(snapshots));
        }

        List<String> snapshotsOf(String dataset) {
            return snapshots.getOrDefault(dataset, List.of());
        }
    }
}
