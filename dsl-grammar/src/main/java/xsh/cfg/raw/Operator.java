package xsh.cfg.raw;

/** How a statement sets its key. */
public enum Operator {
    /** {@code =}: replaces any earlier value. */
    ASSIGN("="),
    /** {@code +=}: appends to an earlier string or list; never readable as a number. */
    ADD("+=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
