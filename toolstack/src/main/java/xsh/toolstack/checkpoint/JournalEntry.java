package xsh.toolstack.checkpoint;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A checkpoint being taken, as the journal holds it until the checkpoint is whole: enough for
 * another xsh to undo it if the process taking it dies.
 *
 * @param id         the id reserved for it
 * @param domid      the domain's id when it was taken (the name alone could be another domain's by then)
 * @param pauseCount the domain's pause count before xsh paused it: what recovery brings it back to
 * @param image      the image it writes (and, beside it, its temporary file)
 * @param config     the config file it writes beside the image
 * @param snapshots  the snapshots it takes, none of which existed before
 * @param owner      the process taking it
 * @param started    when it was started
 */
public record JournalEntry(long id, String domain, int domid, int pauseCount, Path image, Path config,
                           List<String> snapshots, ProcessOwner owner, Instant started) {

    public JournalEntry {
        snapshots = List.copyOf(snapshots);
    }

    /** {@code DOMAIN@ID}. */
    public String reference() {
        return domain + "@" + id;
    }
}
