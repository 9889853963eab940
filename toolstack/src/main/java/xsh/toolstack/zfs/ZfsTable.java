package xsh.toolstack.zfs;

import java.util.List;

/**
 * A table as {@code zfs list} or {@code zfs get} prints it: columns with zfs's widths (the
 * widest of the header and the values) and alignment, rows of text. With {@code scripted}
 * ({@code -H}) there is no header and columns are separated by tabs.
 */
public record ZfsTable(List<Column> columns, List<List<String>> rows, boolean scripted) {

    /**
     * @param key   the property (or get's field: name, property, value, source) the column shows, for JSON
     * @param width the width zfs pads the column to (the last left-aligned column is not padded)
     */
    public record Column(String key, String header, int width, boolean rightAligned) {
    }

    public ZfsTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
