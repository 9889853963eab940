package xsh.shell.dsl;

import java.time.Instant;
import java.util.Map;
import xsh.hv.storage.Dataset;

/**
 * A filesystem, volume or snapshot as {@code zfs get all} showed it when a {@code zfs} call
 * looked: typed properties for the common ones, and every property's parsable value by name
 * ({@code ds['compression']}, {@code ds.properties}).
 */
public final class ZfsDataset {

    private final Dataset dataset;

    ZfsDataset(Dataset dataset) {
        this.dataset = dataset;
    }

    public String getName() {
        return dataset.name();
    }

    /** {@code filesystem}, {@code volume} or {@code snapshot}. */
    public String getType() {
        return dataset.type().word();
    }

    public boolean isSnapshot() {
        return dataset.name().indexOf('@') >= 0;
    }

    public String getPool() {
        return dataset.pool();
    }

    /** Every property zfs reports, by name, with its parsable value (sizes in bytes). */
    public Map<String, String> getProperties() {
        return dataset.properties();
    }

    /** One property's parsable value, or null: {@code ds['mountpoint']}. */
    public String getAt(String property) {
        String value = dataset.properties().get(property);
        return value == null || value.equals("-") ? null : value;
    }

    public Size getUsed() {
        return size("used");
    }

    public Size getAvailable() {
        return size("available");
    }

    public Size getReferenced() {
        return size("referenced");
    }

    /** A volume's size; null for a filesystem. */
    public Size getVolsize() {
        return size("volsize");
    }

    /** The snapshot a clone was made from, or null. */
    public String getOrigin() {
        return getAt("origin");
    }

    public String getMountpoint() {
        return getAt("mountpoint");
    }

    public Instant getCreation() {
        String seconds = getAt("creation");
        return seconds == null ? null : Instant.ofEpochSecond(Long.parseLong(seconds));
    }

    private Size size(String property) {
        String value = getAt(property);
        if (value == null) {
            return null;
        }
        try {
            return new Size(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code tank/web@1 (snapshot, 12 MiB)}. */
    @Override
    public String toString() {
        Size used = getUsed();
        return getName() + " (" + getType() + (used == null ? "" : ", " + used + " used") + ")";
    }
}
