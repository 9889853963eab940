package xsh.toolstack.checkpoint;

import java.util.Optional;
import xsh.error.XshException;

/**
 * How a user names a checkpoint: its id ({@code 1552572976}), as the snapshots show it
 * ({@code @1552572976}), or with its domain ({@code debian@1552572976}, which must be the
 * checkpoint's domain).
 */
public record CheckpointReference(Optional<String> domain, long id) {

    public static CheckpointReference parse(String text) {
        int at = text.lastIndexOf('@');
        String digits = at < 0 ? text : text.substring(at + 1);
        Optional<String> domain = at <= 0 ? Optional.empty() : Optional.of(text.substring(0, at));
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 18) {
            throw new XshException("xsh: " + text + ": not a checkpoint (an id such as 1552572976, "
                    + "@1552572976 or DOMAIN@1552572976)", 1);
        }
        return new CheckpointReference(domain, Long.parseLong(digits));
    }

    /** The checkpoint this names in {@code catalog}. */
    public Checkpoint find(CheckpointCatalog catalog) {
        Checkpoint checkpoint = catalog.find(id).orElseThrow(() -> SqliteCheckpointCatalog.noSuchCheckpoint(id));
        if (domain.isPresent() && !domain.get().equals(checkpoint.domain())) {
            throw new XshException("xsh: checkpoint " + id + " is of " + checkpoint.domain() + ", not of "
                    + domain.get(), 1);
        }
        return checkpoint;
    }
}
