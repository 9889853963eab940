package xsh.toolstack.migrate;

/**
 * When live pre-copy stops sending rounds and suspends the guest for the stop-and-copy:
 * when a round's dirtied pages number at most {@code stopPages}, or after {@code maxRounds}
 * rounds (the first, of every page, included), as libxc does with its 5 iterations and its
 * threshold of 50 pages.
 */
public record PrecopyPolicy(int maxRounds, int stopPages) {

    public static final PrecopyPolicy DEFAULT = new PrecopyPolicy(5, 50);

    public PrecopyPolicy {
        if (maxRounds < 1 || stopPages < 0) {
            throw new IllegalArgumentException("pre-copy needs at least one round and a threshold of 0 or more pages");
        }
    }
}
