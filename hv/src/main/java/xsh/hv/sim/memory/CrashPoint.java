package xsh.hv.sim.memory;

/**
 * The instants between the steps of a change on disk. The specs stop an operation at each
 * of them, as a kill -9 would, and check that the memory reopens as it was or as it was
 * meant to become.
 */
enum CrashPoint {
    /** A new data file (create, restore) is complete and synced; no state names it yet. */
    DATA_FILE_WRITTEN,
    /** The new state is complete and synced in its temporary file, not yet renamed. */
    STATE_TEMP_WRITTEN,
    /** The new state replaced the old one; files it no longer names are still there. */
    STATE_REPLACED,
    /** {@code delete()} removed the state; the data files are still there. */
    STATE_DELETED;

    /** Called at each point; the specs install one that throws. */
    interface Hook {
        Hook NONE = point -> { };

        void reached(CrashPoint point);
    }
}
