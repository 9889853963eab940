package xsh.hv.zfs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.StorageException;

/**
 * Reads {@code zfs get -Hp all NAME...}: one line per dataset and property, four
 * tab-separated columns (name, property, value, source), each dataset's properties in zfs's
 * order. zfs prints the datasets sorted its own way, so the caller says in which order it
 * wants them.
 */
final class ZfsProperties {

    private ZfsProperties() {
    }

    /** The datasets named in {@code order} that the output describes, in that order. */
    static List<Dataset> parse(String output, List<String> order) {
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int nameEnd = line.indexOf('\t');
            int propertyEnd = nameEnd < 0 ? -1 : line.indexOf('\t', nameEnd + 1);
            int valueEnd = line.lastIndexOf('\t');
            if (propertyEnd < 0 || valueEnd <= propertyEnd) {
                throw new StorageException("unexpected line from zfs get: " + line);
            }
            // A user property's value may hold a tab: the value runs up to the last column.
            byName.computeIfAbsent(line.substring(0, nameEnd), name -> new LinkedHashMap<>())
                    .put(line.substring(nameEnd + 1, propertyEnd), line.substring(propertyEnd + 1, valueEnd));
        }
        List<Dataset> datasets = new ArrayList<>();
        for (String name : order) {
            Map<String, String> properties = byName.get(name);
            if (properties != null) {
                datasets.add(new Dataset(name, type(name, properties), Collections.unmodifiableMap(properties)));
            }
        }
        return datasets;
    }

    private static DatasetType type(String name, Map<String, String> properties) {
        String word = properties.get("type");
        for (DatasetType type : DatasetType.values()) {
            if (type.word().equals(word)) {
                return type;
            }
        }
        throw new StorageException("zfs get reports no known type for '" + name + "': " + word);
    }
}
