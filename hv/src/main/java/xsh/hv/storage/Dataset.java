package xsh.hv.storage;

import java.util.Map;
import java.util.Optional;

/**
 * A filesystem, volume or snapshot as {@code zfs get -Hp all} shows it now.
 *
 * @param name       {@code pool/a/b}, or {@code pool/a/b@snap} for a snapshot
 * @param properties every property zfs reports for it, by zfs's name, with zfs's parsable
 *                   value ({@code -p}: sizes in bytes, times in seconds since the epoch,
 *                   {@code -} where zfs prints {@code -}); in zfs's order
 */
public record Dataset(String name, DatasetType type, Map<String, String> properties) {

    /** The property's parsable value, if zfs has one for this dataset. */
    public Optional<String> property(String property) {
        return Optional.ofNullable(properties.get(property));
    }

    /** The dataset's pool: the name up to the first {@code /} or {@code @}. */
    public String pool() {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '/' && name.charAt(end) != '@') {
            end++;
        }
        return name.substring(0, end);
    }
}
