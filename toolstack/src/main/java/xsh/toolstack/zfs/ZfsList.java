package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;

/**
 * {@code zfs list [-rHp] [-d max] [-o property[,...]] [-t type[,...]] [-s property]... [-S
 * property]... [dataset]...}: a table of datasets, as OpenZFS's zfs prints it.
 *
 * @param types   null when -t was not given: filesystems and volumes, and a named snapshot
 * @param sort    the -s (ascending) and -S (descending) columns, in order
 */
public record ZfsList(List<PropertyField> fields, Set<DatasetType> types, boolean recursive, int depth,
                      boolean scripted, boolean literal, List<SortKey> sort, List<String> names)
        implements PropertyListing {

    static final String COMMAND = "list";
    private static final String DEFAULT_FIELDS = "name,used,available,referenced,mountpoint";

    /** One -s or -S. */
    public record SortKey(PropertyField field, boolean descending) {
    }

    public static ZfsList parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, ":d:o:prt:Hs:S:", COMMAND);
        boolean recursive = false;
        int depth = DatasetSelection.UNLIMITED;
        Set<DatasetType> types = null;
        String fields = DEFAULT_FIELDS;
        List<SortKey> sort = new ArrayList<>();
        for (ZfsGetopt.Option option : parsed.options()) {
            switch (option.letter()) {
                case 'o' -> fields = option.argument();
                case 'd' -> {
                    depth = ListOptions.depth(option.argument(), COMMAND);
                    recursive = true;
                }
                case 'r' -> recursive = true;
                case 't' -> types = types(option.argument());
                case 's', 'S' -> sort.add(new SortKey(sortField(option.argument()), option.letter() == 'S'));
                default -> {
                }
            }
        }
        List<PropertyField> columns = PropertyField.parseList(fields, COMMAND, true);
        if (fields.equals("all")) {
            columns.add(0, PropertyField.of(ZfsProperties.name()));
        }
        List<String> names = parsed.operands();
        // OpenZFS: 'zfs list -t snapshot DATASET' lists the dataset's snapshots
        if (types != null && types.equals(EnumSet.of(DatasetType.SNAPSHOT)) && !names.isEmpty() && !recursive) {
            recursive = true;
            depth = 1;
        }
        return new ZfsList(columns, types, recursive, depth, parsed.has('H'), parsed.has('p'), sort, names);
    }

    private static Set<DatasetType> types(String text) {
        Set<DatasetType> types = EnumSet.noneOf(DatasetType.class);
        for (String word : text.split(",", -1)) {
            switch (word) {
                case "filesystem", "fs" -> types.add(DatasetType.FILESYSTEM);
                case "volume", "vol" -> types.add(DatasetType.VOLUME);
                case "snapshot", "snap" -> types.add(DatasetType.SNAPSHOT);
                case "all" -> types.addAll(EnumSet.allOf(DatasetType.class));
                case "bookmark" -> {
                    // no bookmarks here: nothing to add
                }
                default -> throw new ZfsUsageException("invalid type '" + word + "'", COMMAND);
            }
        }
        return types;
    }

    private static PropertyField sortField(String word) {
        try {
            return PropertyField.parse(word, COMMAND);
        } catch (ZfsUsageException e) {
            throw new ZfsUsageException("invalid property '" + word + "'", COMMAND);
        }
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, PropertyText text) {
        DatasetSelection selection = new DatasetSelection(storage.datasets());
        // without -t zfs shows any dataset named, and descends into filesystems and volumes only
        Set<DatasetType> shown = types != null ? types : DatasetSelection.allTypes();
        Set<DatasetType> named = EnumSet.copyOf(shown);
        if (types != null && recursive) {
            named.add(DatasetType.FILESYSTEM);
            named.add(DatasetType.VOLUME);
        }
        boolean snapshotsDown = types != null && types.contains(DatasetType.SNAPSHOT);
        DatasetSelection.Result result = selection.select(names, shown, named, recursive, depth, snapshotsDown);
        List<Dataset> datasets = new ArrayList<>(result.datasets());
        if (!sort.isEmpty()) {
            datasets.sort(comparator());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Dataset dataset : datasets) {
            List<String> row = new ArrayList<>();
            for (PropertyField field : fields) {
                row.add(text.of(dataset, field, literal));
            }
            rows.add(row);
        }
        List<String> errors = new ArrayList<>(result.errors());
        if (rows.isEmpty() && errors.isEmpty() && !scripted) {
            errors.add("no datasets available");
        }
        int exitCode = result.errors().isEmpty() ? 0 : 1;
        return new ZfsOutcome(Optional.of(table(rows)), errors, exitCode);
    }

    private ZfsTable table(List<List<String>> rows) {
        List<ZfsTable.Column> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            PropertyField field = fields.get(i);
            ColumnWidth width = new ColumnWidth(field, literal);
            for (List<String> row : rows) {
                width.fit(row.get(i));
            }
            columns.add(new ZfsTable.Column(field.name(), field.header(), width.width(), field.rightAligned()));
        }
        return new ZfsTable(columns, rows, scripted);
    }

    private Comparator<Dataset> comparator() {
        Comparator<Dataset> order = (a, b) -> 0;
        for (SortKey key : sort) {
            Comparator<Dataset> byKey = (a, b) -> compare(key.field(), a, b);
            order = order.thenComparing(key.descending() ? byKey.reversed() : byKey);
        }
        return order;
    }

    private static int compare(PropertyField field, Dataset a, Dataset b) {
        String left = field.name().equals("name") ? a.name() : a.property(field.name()).orElse(null);
        String right = field.name().equals("name") ? b.name() : b.property(field.name()).orElse(null);
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : 1) : -1; // datasets without it last
        }
        if (field.rightAligned()) {
            try {
                return new java.math.BigDecimal(left).compareTo(new java.math.BigDecimal(right));
            } catch (NumberFormatException e) {
                // not numbers: compared as text
            }
        }
        return left.compareTo(right);
    }
}
