package xsh.shell.script;

/**
 * The slots of {@code every}: the n-th run is due at {@code start + n * period}, so that the time
 * a run takes does not add up (no drift). A run that overruns its period skips the slots it
 * missed instead of making up for them in a burst.
 */
record FixedRate(long startNanos, long periodNanos) {

    FixedRate {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("the period must be positive");
        }
    }

    /** The slot of the next run after the one in slot {@code last}, when it is {@code nowNanos}: the first one not yet passed. */
    long nextSlot(long last, long nowNanos) {
        long elapsed = nowNanos - startNanos;
        long firstNotPassed = elapsed <= 0 ? 0 : (elapsed + periodNanos - 1) / periodNanos;
        return Math.max(last + 1, firstNotPassed);
    }

    /** When slot {@code slot} is due. */
    long due(long slot) {
        return startNanos + slot * periodNanos;
    }
}
