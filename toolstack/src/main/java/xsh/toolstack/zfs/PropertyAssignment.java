package xsh.toolstack.zfs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.StorageException;

/**
 * {@code property=value} as zfs checks it before asking the storage (libzfs's
 * zfs_valid_proplist): a known or user property, one a user may set on such a dataset, a value
 * it accepts; sizes become bytes ({@code 10G}, {@code none} for a limit) as the SPI wants them.
 * A refusal is {@code PREFIX: reason} ({@code cannot set property for 'tank/vm': 'used' is
 * readonly}), exit code 1.
 */
final class PropertyAssignment {

    private PropertyAssignment() {
    }

    /**
     * The property's canonical name and parsable value.
     *
     * @param creating whether the dataset is being created (the one time some properties may be set)
     */
    static Map.Entry<String, String> check(String name, String value, DatasetType type, boolean creating,
                                           String prefix) {
        if (ZfsProperties.isUserProperty(name)) {
            return Map.entry(name, value);
        }
        ZfsProperty property = ZfsProperties.find(name)
                .filter(p -> !p.name().equals("name"))
                .orElseThrow(() -> refused(prefix, "invalid property '" + name + "'"));
        String canonical = property.name();
        if (property.readonly()) {
            throw refused(prefix, "'" + canonical + "' is readonly");
        }
        if (property.access() == ZfsProperty.Access.ONETIME && !creating) {
            throw refused(prefix, "'" + canonical + "' can only be set during dataset creation");
        }
        if (!property.appliesTo(type)) {
            throw refused(prefix, "'" + canonical + "' does not apply to datasets of this type");
        }
        return Map.entry(canonical, parsable(property, value, prefix));
    }

    /** Checks each {@code -o} of create or clone, in order, into the map the SPI takes. */
    static Map<String, String> checkAll(Map<String, String> options, DatasetType type, String prefix) {
        Map<String, String> checked = new LinkedHashMap<>();
        options.forEach((name, value) -> {
            Map.Entry<String, String> entry = check(name, value, type, true, prefix);
            checked.put(entry.getKey(), entry.getValue());
        });
        return checked;
    }

    private static String parsable(ZfsProperty property, String value, String prefix) {
        String name = property.name();
        switch (property.kind()) {
            case INDEX -> {
                List<String> choices = property.choices();
                if (!choices.contains(value)) {
                    throw refused(prefix, "'" + name + "' must be one of '" + property.values() + "'");
                }
                return value;
            }
            case SIZE, LIMIT -> {
                if (property.kind() == ZfsProperty.Kind.LIMIT && value.equals("none")) {
                    return "0";
                }
                long bytes;
                try {
                    bytes = ZfsSizes.parse(value);
                } catch (IllegalArgumentException e) {
                    throw refused(prefix, e.getMessage());
                }
                if ((name.equals("recordsize") || name.equals("volblocksize"))
                        && (bytes < 512 || bytes > 131072 || Long.bitCount(bytes) != 1)) {
                    throw refused(prefix, "'" + name + "' must be power of 2 from 512 to 128k");
                }
                return Long.toUnsignedString(bytes);
            }
            default -> {
                if (name.equals("mountpoint") && !value.startsWith("/")
                        && !value.equals("none") && !value.equals("legacy")) {
                    throw refused(prefix, "'mountpoint' must be an absolute path, 'none', or 'legacy'");
                }
                return value;
            }
        }
    }

    private static StorageException refused(String prefix, String reason) {
        return new StorageException(prefix + ": " + reason);
    }

    /**
     * zfs's parseprop for {@code -o}: {@code name=value}, each name once. Its complaints end the
     * command with exit code 1, without the usage.
     */
    static void parseOption(String text, Map<String, String> into) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new StorageException("missing '=' for -o option");
        }
        String name = text.substring(0, equals);
        if (into.containsKey(name)) {
            throw new StorageException("property '" + name + "' specified multiple times");
        }
        into.put(name, text.substring(equals + 1));
    }
}
