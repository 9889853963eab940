package xsh.shell.top;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import xsh.toolstack.top.TopColumn;
import xsh.toolstack.top.TopFrame;
import xsh.toolstack.top.TopRow;

/**
 * One screenful of the full-screen view, as xentop lays it out: the summary, the header in
 * reverse video with the sort column in bold, as many domains as fit from the first one
 * scrolled to, and on the last line what the keys do (or the prompt for a new delay). Every
 * line is cut to the screen's width.
 */
final class TopScreen {

    private static final AttributedStyle HEADER = AttributedStyle.DEFAULT.inverse();

    private TopScreen() {
    }

    static List<AttributedString> lines(TopFrame frame, TopViewState state, boolean fullNames, ZoneId zone,
                                        int rows, int columns) {
        return lines(frame, state, fullNames, zone, rows, columns, TopKeys.HELP);
    }

    /** The screen with {@code bottomLine} (the keys, or a prompt) on its last line. */
    static List<AttributedString> lines(TopFrame frame, TopViewState state, boolean fullNames, ZoneId zone,
                                        int rows, int columns, String bottomLine) {
        List<AttributedString> lines = new ArrayList<>();
        TopText.summary(frame, zone).forEach(l -> lines.add(new AttributedString(l)));
        Map<TopColumn, Integer> widths = TopText.widths(frame, fullNames);
        lines.add(line(TopText.headerCells(widths), frame.sortedBy(), HEADER));
        List<TopRow> domains = frame.rows();
        for (int i = Math.min(state.firstRow(), Math.max(0, domains.size() - 1)); i < domains.size(); i++) {
            if (lines.size() >= rows - 1) {
                break;
            }
            lines.add(line(TopText.rowCells(domains.get(i), widths, fullNames), frame.sortedBy(), AttributedStyle.DEFAULT));
        }
        while (lines.size() < rows - 1) {
            lines.add(AttributedString.EMPTY);
        }
        List<AttributedString> screen = new ArrayList<>(lines.subList(0, Math.max(0, rows - 1)));
        if (rows > 0) {
            screen.add(new AttributedString(bottomLine));
        }
        return screen.stream().map(l -> l.columnSubSequence(0, columns)).toList();
    }

    /** The cells joined by spaces, the sort column's cell in bold. */
    private static AttributedString line(List<String> cells, TopColumn sortedBy, AttributedStyle style) {
        AttributedStringBuilder line = new AttributedStringBuilder().style(style);
        TopColumn[] columns = TopColumn.values();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.style(columns[i] == sortedBy ? style.bold() : style).append(cells.get(i)).style(style);
        }
        return line.toAttributedString();
    }
}
