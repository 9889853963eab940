package xsh.cfg.cnum;

/**
 * A text read as one number, all of it: see {@link CNumbers#wholeLong(CharSequence)}.
 *
 * @param outcome whether the text was a number and in range
 * @param value   the number when {@code outcome} is {@link Outcome#OK}, otherwise 0
 */
public record WholeNumber(Outcome outcome, long value) {

    /** The three answers a whole-text read can give. */
    public enum Outcome { OK, NOT_A_NUMBER, OUT_OF_RANGE }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
