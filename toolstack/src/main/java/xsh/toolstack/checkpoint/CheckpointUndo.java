package xsh.toolstack.checkpoint;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import xsh.hv.Hypervisor;
import xsh.hv.storage.Storage;
import xsh.toolstack.oserror.Strerror;

/**
 * Undoes a checkpoint that did not become whole, from its journal entry alone: the domain back
 * as it was, the snapshots of it destroyed, its files (and the temporary files they were
 * being written to) removed. Used when a step fails, and by the next xsh when the process
 * taking it died. Each part is tried whatever another part does; what could not be undone is
 * told, not thrown.
 */
final class CheckpointUndo {

    /**
     * What was undone.
     *
     * @param problems what could not be undone, one phrase each
     */
    record Undone(DomainStateRestorer.Outcome domain, int filesRemoved, int snapshotsDestroyed, List<String> problems) {
    }

    private CheckpointUndo() {
    }

    static Undone undo(Hypervisor hv, JournalEntry entry) {
        List<String> problems = new ArrayList<>();
        DomainStateRestorer.Outcome domain = new DomainStateRestorer.Outcome(false, false, 0);
        try {
            domain = DomainStateRestorer.restore(hv, entry.domid(), entry.domain(), entry.pauseCount());
        } catch (RuntimeException e) {
            problems.add("cannot resume " + entry.domain() + ": " + message(e));
        }
        int snapshots = 0;
        if (!entry.snapshots().isEmpty()) {
            try {
                Storage storage = hv.storage();
                for (String snapshot : entry.snapshots()) {
                    // none of them existed before the checkpoint (create checks): one that exists is its own
                    if (storage.dataset(snapshot).isPresent()) {
                        storage.destroy(snapshot, false);
                        snapshots++;
                    }
                }
            } catch (RuntimeException e) {
                problems.add(message(e));
            }
        }
        int files = 0;
        for (Path file : filesOf(entry)) {
            try {
                if (Files.deleteIfExists(file)) {
                    files++;
                }
            } catch (IOException e) {
                problems.add("cannot remove " + file + ": " + Strerror.of(e));
            }
        }
        return new Undone(domain, files, snapshots, problems);
    }

    /** The image, the config, and the temporary files beside them ({@code .NAME.*.part}). */
    static List<Path> filesOf(JournalEntry entry) {
        List<Path> files = new ArrayList<>(List.of(entry.image(), entry.config()));
        for (Path file : List.of(entry.image(), entry.config())) {
            Path dir = file.toAbsolutePath().getParent();
            String prefix = "." + file.getFileName() + ".";
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(prefix) && name.endsWith(".part")) {
                        files.add(p);
                    }
                }
            } catch (IOException e) {
                // no directory: no temporary file either
            }
        }
        return files;
    }

    private static String message(RuntimeException e) {
        return Objects.toString(e.getMessage(), e.getClass().getSimpleName()).lines().findFirst().orElse("");
    }
}
