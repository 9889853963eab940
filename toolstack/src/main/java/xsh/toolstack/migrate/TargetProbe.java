package xsh.toolstack.migrate;

/**
 * A second way to the target host besides the broken link, for the one moment where the
 * sender cannot tell on its own how a migration ended: the link failed after the receiver was
 * cleared to start its copy. A local target (another embedded host) can be opened directly;
 * {@link TargetSettlement} does the work on it.
 */
@FunctionalInterface
public interface TargetProbe {

    enum Outcome {
        /** The target runs the domain under its name: the migration happened. */
        TARGET_RUNS,
        /** The target does not run it and now holds no copy of it: the source must run on. */
        TARGET_CLEARED
    }

    /**
     * Settles the target's side for domain {@code name}: if its copy runs (renamed, and
     * unpaused unless the receiver was started with {@code -p}), leaves it; otherwise
     * destroys whatever copy it has ({@code NAME--incoming}, or {@code NAME} not yet
     * unpaused). The receiver's command is gone by then.
     *
     * @param leftPaused the receiver was started with {@code -p}: a renamed copy that is
     *                   paused is the migrated domain, as the user asked for it
     */
    Outcome settle(String name, boolean leftPaused);
}
