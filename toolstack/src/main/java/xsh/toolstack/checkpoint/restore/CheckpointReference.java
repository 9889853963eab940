package xsh.toolstack.checkpoint.restore;

import java.util.Optional;
import xsh.error.XshException;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointCatalog;

/** {@code DOMAIN@ID}, as a user names a checkpoint to restore. */
public record CheckpointReference(String domain, long id) {

    /** The catalog's checkpoint this names: the id's, and only if it was taken of DOMAIN. */
    public static Checkpoint resolve(CheckpointCatalog catalog, String reference) {
        return parse(reference)
                .flatMap(ref -> catalog.find(ref.id()).filter(found -> found.domain().equals(ref.domain())))
                .orElseThrow(() -> new XshException("checkpoint " + reference + ": no such checkpoint", 1));
    }

    static Optional<CheckpointReference> parse(String reference) {
        int at = reference.lastIndexOf('@');
        if (at <= 0 || at == reference.length() - 1) {
            return Optional.empty();
        }
        String digits = reference.substring(at + 1);
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(new CheckpointReference(reference.substring(0, at), Long.parseLong(digits)));
    }
}
