package xsh.toolstack.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One small file per checkpoint in the journal, in a directory beside the catalog
 * ({@code HOST.inflight/ID}, holding its owner's pid and start time): what lets every xsh
 * start know with one look at the directory, without opening SQLite, that nothing is in
 * flight, or that only live processes' checkpoints are. A marker is made before its journal
 * entry commits and removed after the entry is gone, so an entry always has one; a marker
 * without an entry (a crash in between) is removed by the next recovery.
 */
public final class InFlightMarkers {

    private final Path dir;

    public InFlightMarkers(Path dir) {
        this.dir = dir;
    }

    /** The markers' directory of the catalog {@code HOST.db}: {@code HOST.inflight} beside it. */
    public static InFlightMarkers of(Path catalogFile) {
        String name = catalogFile.getFileName().toString();
        String base = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return new InFlightMarkers(catalogFile.resolveSibling(base + ".inflight"));
    }

    public Path directory() {
        return dir;
    }

    void mark(long id, ProcessOwner owner) throws IOException {
        Files.createDirectories(dir);
        Path marker = dir.resolve(Long.toString(id));
        Files.writeString(marker, owner.pid() + " " + owner.startMillis() + "\n", StandardCharsets.US_ASCII);
    }

    void unmark(long id) {
        try {
            Files.deleteIfExists(dir.resolve(Long.toString(id)));
        } catch (IOException e) {
            // a stale marker costs the next start one look into the catalog, nothing more
        }
    }

    /**
     * Whether some checkpoint may need recovering: a marker whose owner is no longer running
     * (or that cannot be read). With no directory this is one failed stat.
     */
    public boolean anyOrphaned() {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        for (Path marker : markers()) {
            ProcessOwner owner = ownerOf(marker);
            if (owner == null || !owner.isAlive()) {
                return true;
            }
        }
        return false;
    }

    /** The ids with a marker. */
    List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        for (Path marker : markers()) {
            try {
                ids.add(Long.parseLong(marker.getFileName().toString()));
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
        return ids;
    }

    private List<Path> markers() {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(out::add);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            return List.of(dir); // unreadable: let recovery look at the journal itself
        }
        return out;
    }

    private static ProcessOwner ownerOf(Path marker) {
        try {
            String[] words = Files.readString(marker, StandardCharsets.US_ASCII).trim().split(" ");
            return new ProcessOwner(Long.parseLong(words[0]), Long.parseLong(words[1]));
        } catch (IOException | RuntimeException e) {
            return null; // half written: its owner died writing it, or it is not ours
        }
    }
}
