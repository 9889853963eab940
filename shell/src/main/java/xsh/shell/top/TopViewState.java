package xsh.shell.top;

import java.time.Duration;
import xsh.toolstack.top.TopColumn;

/**
 * What the user has chosen in the full-screen view: the sort column, the first domain shown
 * (the arrows scroll a list longer than the screen, as in xentop), the delay between frames,
 * and whether to leave.
 */
record TopViewState(TopColumn sortBy, int firstRow, Duration delay, boolean quit) {

    static TopViewState of(TopSettings settings) {
        return new TopViewState(settings.sortBy(), 0, settings.delay(), false);
    }

    /** The state with a new delay, as the {@code d} key asks for one. */
    TopViewState withDelay(Duration newDelay) {
        return new TopViewState(sortBy, firstRow, newDelay, quit);
    }

    /** The state after a key; {@code rows} is how many domains there are. */
    TopViewState after(TopAction action, int rows) {
        return switch (action) {
            case QUIT -> new TopViewState(sortBy, firstRow, delay, true);
            case SORT_NEXT -> withSort(sortBy.next());
            case SORT_PREVIOUS -> withSort(sortBy.previous());
            case SCROLL_UP -> new TopViewState(sortBy, Math.max(0, firstRow - 1), delay, quit);
            case SCROLL_DOWN -> new TopViewState(sortBy, Math.max(0, Math.min(rows - 1, firstRow + 1)), delay, quit);
            case REPAINT, DELAY, NONE -> this;
            default -> withSort(action.column().orElseThrow());
        };
    }

    private TopViewState withSort(TopColumn column) {
        return new TopViewState(column, firstRow, delay, quit);
    }
}
