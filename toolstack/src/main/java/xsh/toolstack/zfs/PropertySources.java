package xsh.toolstack.zfs;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import xsh.hv.storage.Dataset;

/**
 * The SOURCE column of {@code zfs get}: {@code -}, {@code default}, {@code local} or
 * {@code inherited from NAME}. The storage SPI reports values only, so the source is worked
 * out from them as zfs would have set them: a value equal to the parent's is inherited from
 * where the parent has it, a value equal to the default where nothing is inherited is the
 * default, anything else was set here.
 */
final class PropertySources {

    private final Map<String, Dataset> byName;

    PropertySources(Map<String, Dataset> byName) {
        this.byName = byName;
    }

    String of(Dataset dataset, PropertyField field, String shownValue) {
        ZfsProperty property = field.property();
        if (property == null) {
            return dataset.property(field.name()).isPresent() ? "local" : "-";
        }
        if (property.readonly() || shownValue.equals("-")) {
            return "-";
        }
        if (property.name().equals("volsize")) {
            return "local";
        }
        if (property.inheritable()) {
            return inherited(dataset, property).orElse(defaultOrLocal(dataset, property));
        }
        return defaultOrLocal(dataset, property);
    }

    /** Where {@code dataset} inherits the property from, if its value is its parent's. */
    private Optional<String> inherited(Dataset dataset, ZfsProperty property) {
        Dataset parent = parent(dataset);
        if (parent == null) {
            return Optional.empty();
        }
        String value = dataset.property(property.name()).orElse(null);
        String expected = parent.property(property.name()).orElse(null);
        if (property.name().equals("mountpoint") && expected != null && expected.startsWith("/")
                && dataset.type() != xsh.hv.storage.DatasetType.SNAPSHOT) {
            String leaf = dataset.name().substring(parent.name().length() + 1);
            expected = (expected.equals("/") ? "" : expected) + "/" + leaf;
        }
        if (!Objects.equals(value, expected)) {
            return Optional.empty();
        }
        Optional<String> further = inherited(parent, property);
        if (further.isPresent()) {
            return further;
        }
        return isDefault(parent, property) ? Optional.of("default") : Optional.of("inherited from " + parent.name());
    }

    private String defaultOrLocal(Dataset dataset, ZfsProperty property) {
        return isDefault(dataset, property) ? "default" : "local";
    }

    private static boolean isDefault(Dataset dataset, ZfsProperty property) {
        String value = dataset.property(property.name()).orElse(null);
        if (property.name().equals("mountpoint")) {
            return ("/" + dataset.name()).equals(value);
        }
        return property.defaultValue() != null && property.defaultValue().equals(value);
    }

    private Dataset parent(Dataset dataset) {
        String name = dataset.name();
        int at = name.indexOf('@');
        String parentName = at >= 0 ? name.substring(0, at)
                : name.lastIndexOf('/') >= 0 ? name.substring(0, name.lastIndexOf('/')) : null;
        return parentName == null ? null : byName.get(parentName);
    }
}
