package xsh.toolstack.checkpoint;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One complete checkpoint in a host's catalog: a domain's save image, the xl.cfg it was
 * running with, and the snapshots of the datasets holding its disks, all taken while the
 * domain was paused. The catalog holds only complete checkpoints; one being taken lives in
 * the journal until it is whole.
 *
 * @param id          the epoch second it was taken ({@code zroot/debian@1552572976}), made
 *                    unique on its host when two fall in one second
 * @param domain      the domain's name when it was taken
 * @param taken       when the domain was paused for it
 * @param image       the save image (absolute)
 * @param imageBytes  the image's size
 * @param imageSha256 the image's SHA-256, hex, which verify compares
 * @param config      the domain's xl.cfg as it was, written beside the image (absolute)
 * @param snapshots   the snapshots taken, {@code POOL/FS@ID}, one per dataset holding a disk
 * @param pauseMillis how long the domain was paused for it
 */
public record Checkpoint(long id, String domain, Instant taken, Path image, long imageBytes, String imageSha256,
                         Path config, List<String> snapshots, long pauseMillis) {

    public Checkpoint {
        snapshots = List.copyOf(snapshots);
    }

    /** {@code DOMAIN@ID}, the name restore takes. */
    public String reference() {
        return domain + "@" + id;
    }
}
