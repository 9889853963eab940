package xsh.shell.completion;

import java.util.List;
import org.jline.reader.Candidate;
import xsh.shell.completion.Argument.Kind;

/**
 * Datasets and snapshots for zfs's operands. A word with an {@code @} completes that dataset's
 * snapshots ({@code zroot/debian@} lists them, shown by their snapshot name alone); without one,
 * the filesystems and volumes, and where only a snapshot will do, the datasets that have some,
 * as {@code zroot/debian@} to go on from.
 */
final class DatasetCandidates {

    private DatasetCandidates() {
    }

    static void add(Kind kind, String word, HostView.Datasets view, List<Candidate> candidates) {
        int at = word.indexOf('@');
        if (at >= 0) {
            if (kind == Kind.SNAPSHOT || kind == Kind.DATASET_OR_SNAPSHOT) {
                for (String snapshot : view.snapshotsOf(word.substring(0, at))) {
                    if (snapshot.startsWith(word)) {
                        candidates.add(new Candidate(snapshot, snapshot.substring(at), null, null, null, null, true));
                    }
                }
            }
            return;
        }
        for (String dataset : view.datasets()) {
            if (!dataset.startsWith(word)) {
                continue;
            }
            switch (kind) {
                case SNAPSHOT -> {
                    if (!view.snapshotsOf(dataset).isEmpty()) {
                        candidates.add(incomplete(dataset + "@"));
                    }
                }
                case NEW_SNAPSHOT -> candidates.add(incomplete(dataset + "@"));
                case NEW_DATASET -> candidates.add(incomplete(dataset + "/"));
                default -> candidates.add(new Candidate(dataset));
            }
        }
    }

    /** A candidate that Tab inserts without a space after it: the name goes on. */
    private static Candidate incomplete(String value) {
        return new Candidate(value, value, null, null, null, null, false);
    }
}
