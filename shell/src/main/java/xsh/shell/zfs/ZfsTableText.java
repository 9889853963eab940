package xsh.shell.zfs;

import java.util.List;
import xsh.toolstack.zfs.ZfsTable;

/**
 * A zfs table as zfs prints it: columns two spaces apart, padded to zfs's widths (numbers on the
 * right), the last column unpadded when it is left-aligned; with {@code -H} no header and a tab
 * between columns.
 */
public final class ZfsTableText {

    private ZfsTableText() {
    }

    /** The lines, each ending in a newline. */
    public static String render(ZfsTable table) {
        StringBuilder text = new StringBuilder();
        List<ZfsTable.Column> columns = table.columns();
        if (!table.scripted() && !table.rows().isEmpty()) {
            text.append(line(columns, columns.stream().map(ZfsTable.Column::header).toList()));
        }
        for (List<String> row : table.rows()) {
            text.append(table.scripted() ? String.join("\t", row) + "\n" : line(columns, row));
        }
        return text.toString();
    }

    private static String line(List<ZfsTable.Column> columns, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            ZfsTable.Column column = columns.get(i);
            String cell = cells.get(i);
            if (i > 0) {
                line.append("  ");
            }
            boolean last = i == columns.size() - 1;
            if (column.rightAligned()) {
                line.append(" ".repeat(Math.max(0, column.width() - cell.length()))).append(cell);
            } else if (last) {
                line.append(cell);
            } else {
                line.append(cell).append(" ".repeat(Math.max(0, column.width() - cell.length())));
            }
        }
        return line.append('\n').toString();
    }
}
