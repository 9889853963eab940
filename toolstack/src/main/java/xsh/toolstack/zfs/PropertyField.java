package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A property a command line names: a native one or a user property ({@code a:b}).
 *
 * @param property the native property, or {@code null} for a user property
 */
public record PropertyField(String name, ZfsProperty property) {

    /** The column header zfs prints for it: the native column, or the user property's name in capitals. */
    public String header() {
        return property != null ? property.column() : name.toUpperCase(Locale.ROOT);
    }

    public boolean rightAligned() {
        return property != null && property.rightAligned();
    }

    static PropertyField of(ZfsProperty property) {
        return new PropertyField(property.name(), property);
    }

    /**
     * A comma-separated property list ({@code name,used,avail}); {@code all} alone means every
     * native property. A word that is no property is zfs's {@code bad property list} usage error.
     */
    static List<PropertyField> parseList(String text, String command, boolean allowAll) {
        List<PropertyField> fields = new ArrayList<>();
        if (allowAll && text.equals("all")) {
            ZfsProperties.all().forEach(p -> fields.add(of(p)));
            return fields;
        }
        for (String word : text.split(",", -1)) {
            fields.add(parse(word, command));
        }
        return fields;
    }

    static PropertyField parse(String word, String command) {
        if (ZfsProperties.isUserProperty(word)) {
            return new PropertyField(word, null);
        }
        return ZfsProperties.find(word).map(PropertyField::of).orElseThrow(() ->
                new ZfsUsageException("bad property list: invalid property '" + word + "'", command));
    }
}
