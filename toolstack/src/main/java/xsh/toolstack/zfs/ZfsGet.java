package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.Storage;

/**
 * {@code zfs get [-rHp] [-d max] [-o field[,...]] [-s source[,...]] all|property[,...]
 * [dataset]...}: one row per dataset and property, with where its value comes from.
 *
 * @param columns    the fields shown: name, property, value, received, source
 * @param properties the properties asked for; empty for {@code all}
 * @param sources    the sources shown: local, default, inherited, received, temporary, none
 */
public record ZfsGet(List<String> columns, List<PropertyField> properties, Set<String> sources, boolean recursive,
                     int depth, boolean scripted, boolean literal, List<String> names) implements PropertyListing {

    static final String COMMAND = "get";
    private static final List<String> FIELDS = List.of("name", "property", "value", "received", "source");
    private static final List<String> SOURCES = List.of("local", "default", "inherited", "received", "temporary", "none");

    public static ZfsGet parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, ":d:o:s:rHp", COMMAND);
        List<String> columns = List.of("name", "property", "value", "source");
        Set<String> sources = Set.copyOf(SOURCES);
        boolean recursive = false;
        int depth = DatasetSelection.UNLIMITED;
        for (ZfsGetopt.Option option : parsed.options()) {
            switch (option.letter()) {
                case 'd' -> {
                    depth = ListOptions.depth(option.argument(), COMMAND);
                    recursive = true;
                }
                case 'r' -> recursive = true;
                case 'o' -> columns = columns(option.argument());
                case 's' -> sources = sources(option.argument());
                default -> {
                }
            }
        }
        List<String> operands = parsed.operands();
        if (operands.isEmpty()) {
            throw new ZfsUsageException("missing property argument", COMMAND);
        }
        String list = operands.get(0);
        List<PropertyField> properties = list.equals("all") ? List.of() : PropertyField.parseList(list, COMMAND, false);
        return new ZfsGet(columns, properties, sources, recursive, depth, parsed.has('H'), parsed.has('p'),
                operands.subList(1, operands.size()));
    }

    private static List<String> columns(String text) {
        List<String> columns = new ArrayList<>();
        for (String word : text.split(",", -1)) {
            if (word.equals("all")) {
                if (!columns.isEmpty()) {
                    throw new ZfsUsageException("\"all\" conflicts with specific fields given to -o option", COMMAND);
                }
                columns.addAll(FIELDS);
            } else if (FIELDS.contains(word)) {
                if (columns.size() == FIELDS.size()) {
                    throw new ZfsUsageException("too many fields given to -o option", COMMAND);
                }
                columns.add(word);
            } else {
                throw new ZfsUsageException("invalid column name '" + word + "'", COMMAND);
            }
        }
        return columns;
    }

    private static Set<String> sources(String text) {
        Set<String> sources = new java.util.HashSet<>();
        for (String word : text.split(",", -1)) {
            if (!SOURCES.contains(word)) {
                throw new ZfsUsageException("invalid source '" + word + "'", COMMAND);
            }
            sources.add(word);
        }
        return sources;
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, PropertyText text) {
        DatasetSelection selection = new DatasetSelection(storage.datasets());
        DatasetSelection.Result result = selection.select(names, DatasetSelection.allTypes(),
                DatasetSelection.allTypes(), recursive, depth, true);
        PropertySources origins = new PropertySources(selection.byName());
        List<Map<String, String>> rows = new ArrayList<>();
        // zfs makes VALUE as wide as the widest column zfs list would give any of the properties
        Map<String, ColumnWidth> widths = new java.util.LinkedHashMap<>();
        for (Dataset dataset : result.datasets()) {
            for (PropertyField field : fieldsOf(dataset)) {
                String value = text.of(dataset, field, literal);
                String source = origins.of(dataset, field, value);
                widths.computeIfAbsent(field.name(), k -> new ColumnWidth(field, literal)).fit(value);
                if (sources.contains(sourceKind(source))) {
                    rows.add(Map.of("name", dataset.name(), "property", field.name(), "value", value,
                            "received", "-", "source", source));
                }
            }
        }
        int valueWidth = "VALUE".length();
        for (ColumnWidth width : widths.values()) {
            valueWidth = Math.max(valueWidth, width.width());
        }
        for (PropertyField field : properties) {
            valueWidth = Math.max(valueWidth, new ColumnWidth(field, literal).width());
        }
        return new ZfsOutcome(Optional.of(table(rows, valueWidth)), result.errors(), result.errors().isEmpty() ? 0 : 1);
    }

    /** The properties to show for a dataset: those asked for, or for {@code all} every one it has. */
    private List<PropertyField> fieldsOf(Dataset dataset) {
        if (!properties.isEmpty()) {
            return properties;
        }
        List<PropertyField> all = new ArrayList<>();
        for (String name : dataset.properties().keySet()) {
            if (ZfsProperties.isUserProperty(name)) {
                all.add(new PropertyField(name, null));
            } else {
                ZfsProperties.find(name).filter(p -> p.name().equals(name) && p.appliesTo(dataset.type()))
                        .ifPresent(p -> all.add(PropertyField.of(p)));
            }
        }
        return all;
    }

    private static String sourceKind(String source) {
        return switch (source) {
            case "-" -> "none";
            case "local", "default", "received", "temporary" -> source;
            default -> "inherited";
        };
    }

    private ZfsTable table(List<Map<String, String>> rows, int valueWidth) {
        int nameWidth = "NAME".length();
        int propertyWidth = "PROPERTY".length();
        for (Map<String, String> row : rows) {
            nameWidth = Math.max(nameWidth, row.get("name").length());
        }
        for (PropertyField field : properties) {
            propertyWidth = Math.max(propertyWidth, field.name().length());
        }
        for (Map<String, String> row : rows) {
            propertyWidth = Math.max(propertyWidth, row.get("property").length());
        }
        List<ZfsTable.Column> table = new ArrayList<>();
        for (String column : columns) {
            int width = switch (column) {
                case "name" -> nameWidth;
                case "property" -> propertyWidth;
                case "value" -> valueWidth;
                case "received" -> "RECEIVED".length();
                default -> nameWidth + "inherited from".length();
            };
            table.add(new ZfsTable.Column(column, column.toUpperCase(java.util.Locale.ROOT), width, false));
        }
        List<List<String>> lines = new ArrayList<>();
        for (Map<String, String> row : rows) {
            lines.add(columns.stream().map(row::get).toList());
        }
        return new ZfsTable(table, lines, scripted);
    }

}
