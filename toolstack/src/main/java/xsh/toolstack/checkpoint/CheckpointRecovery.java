package xsh.toolstack.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * At the start of an xsh, the checkpoints that a dead xsh process left half taken (killed,
 * or the machine lost power) are undone: the domain it had paused is let go, the files and
 * snapshots it had made are removed, the journal entry goes. A checkpoint whose process still
 * runs is left alone. Each undone checkpoint is told in one line.
 */
public final class CheckpointRecovery {

    private CheckpointRecovery() {
    }

    /**
     * Whether the catalog in {@code catalogFile} may have something to recover: without any
     * checkpoint in flight this is one stat of a directory that does not exist, so an xsh
     * start pays nothing for it.
     */
    public static boolean needed(Path catalogFile) {
        return InFlightMarkers.of(catalogFile).anyOrphaned();
    }

    /** Undoes the orphaned checkpoints; the lines to tell the user, one per checkpoint. */
    public static List<String> recover(SqliteCheckpointCatalog catalog) {
        List<String> lines = new ArrayList<>();
        ProcessOwner self = ProcessOwner.current();
        for (JournalEntry entry : catalog.journal()) {
            if (entry.owner().equals(self) || entry.owner().isAlive() || !catalog.claim(entry, self)) {
                continue; // in flight, or another xsh is recovering it right now
            }
            CheckpointUndo.Undone undone = CheckpointUndo.undo(catalog.host(), entry);
            catalog.abandon(entry.id());
            lines.add(line(entry, undone));
        }
        catalog.removeStrayMarkers();
        return lines;
    }

    /** {@code xsh: recovered an interrupted checkpoint of debian (1552572976): resumed debian, removed 1 partial file}. */
    static String line(JournalEntry entry, CheckpointUndo.Undone undone) {
        List<String> done = new ArrayList<>();
        if (undone.domain().changed()) {
            done.add("resumed " + entry.domain());
        } else if (!undone.domain().found()) {
            done.add(entry.domain() + " is gone");
        }
        if (undone.filesRemoved() > 0) {
            done.add("removed " + undone.filesRemoved() + " partial file" + (undone.filesRemoved() == 1 ? "" : "s"));
        }
        if (undone.snapshotsDestroyed() > 0) {
            done.add("destroyed " + undone.snapshotsDestroyed() + " snapshot" + (undone.snapshotsDestroyed() == 1 ? "" : "s"));
        }
        done.addAll(undone.problems());
        if (done.isEmpty()) {
            done.add("nothing was left of it");
        }
        return "xsh: recovered an interrupted checkpoint of " + entry.domain() + " (" + entry.id() + "): "
                + String.join(", ", done);
    }
}
