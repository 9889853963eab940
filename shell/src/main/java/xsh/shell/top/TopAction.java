package xsh.shell.top;

import java.util.Optional;
import xsh.toolstack.top.TopColumn;

/** What a key does in the full-screen view. */
enum TopAction {
    QUIT,
    SORT_NEXT,
    SORT_PREVIOUS,
    SORT_BY_NAME(TopColumn.NAME),
    SORT_BY_CPU(TopColumn.CPU_PERCENT),
    SORT_BY_CPU_TIME(TopColumn.CPU_SECONDS),
    SORT_BY_MEMORY(TopColumn.MEMORY),
    SORT_BY_UPTIME(TopColumn.UPTIME),
    SCROLL_UP,
    SCROLL_DOWN,
    REPAINT,
    /** Asks for a new delay on the bottom line. */
    DELAY,
    /** A key that means nothing here. */
    NONE;

    private final TopColumn column;

    TopAction() {
        this(null);
    }

    TopAction(TopColumn column) {
        this.column = column;
    }

    /** The column a sort key chooses. */
    Optional<TopColumn> column() {
        return Optional.ofNullable(column);
    }
}
