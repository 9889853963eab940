package xsh.shell.top;

import xsh.toolstack.top.TopColumn;

/**
 * What the user has chosen in the full-screen view: the sort column, the first domain shown
 * (the arrows scroll a list longer than the screen, as in xentop), and whether to leave.
 */
record TopViewState(TopColumn sortBy, int firstRow, boolean quit) {

    static TopViewState sortedBy(TopColumn column) {
        return new TopViewState(column, 0, false);
    }

    /** The state after a key; {@code rows} is how many domains there are. */
    TopViewState after(TopAction action, int rows) {
        return switch (action) {
            case QUIT -> new TopViewState(sortBy, firstRow, true);
            case SORT_NEXT -> withSort(sortBy.next());
            case SORT_PREVIOUS -> withSort(sortBy.previous());
            case SCROLL_UP -> new TopViewState(sortBy, Math.max(0, firstRow - 1), quit);
            case SCROLL_DOWN -> new TopViewState(sortBy, Math.max(0, Math.min(rows - 1, firstRow + 1)), quit);
            case REPAINT, NONE -> this;
            default -> withSort(action.column().orElseThrow());
        };
    }

    private TopViewState withSort(TopColumn column) {
        return new TopViewState(column, firstRow, quit);
    }
}
