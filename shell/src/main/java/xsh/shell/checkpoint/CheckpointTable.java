package xsh.shell.checkpoint;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import xsh.shell.render.ByteUnits;
import xsh.shell.render.CText;
import xsh.toolstack.checkpoint.Checkpoint;

/**
 * {@code checkpoint list}'s table, columns aligned to their widest cell; on a terminal a
 * checkpoint with a problem has its state in red, so it stands out among the ok ones.
 */
final class CheckpointTable {

    private static final String[] HEADINGS = {"ID", "Domain", "Taken", "Image", "Snapshot", "Config", "Pause", "State"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    private CheckpointTable() {
    }

    static String render(List<CheckpointRow> rows, ZoneId zone, boolean colour) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADINGS);
        for (CheckpointRow row : rows) {
            cells.add(cells(row.checkpoint(), row.state(), zone));
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            String[] line = cells.get(r);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length - 1; i++) {
                // numbers right-aligned, as ls and zfs list align them
                boolean number = i == 3 || i == 6;
                text.append(number ? CText.padLeft(line[i], widths[i]) : CText.padRight(line[i], widths[i])).append("  ");
            }
            String state = line[line.length - 1];
            if (colour && r > 0) {
                state = (rows.get(r - 1).ok() ? GREEN : RED) + state + RESET;
            }
            out.append(text).append(state).append('\n');
        }
        return out.toString();
    }

    private static String[] cells(Checkpoint c, String state, ZoneId zone) {
        return new String[] {
            Long.toString(c.id()),
            c.domain(),
            TIME.format(c.taken().atZone(zone)),
            ByteUnits.trimmed(c.imageBytes()),
            c.snapshots().isEmpty() ? "-" : String.join(",", c.snapshots()),
            c.config().getFileName().toString(),
            c.pauseMillis() + " ms",
            state,
        };
    }
}
