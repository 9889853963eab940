package xsh.toolstack.saverestore;

/** What becomes of a domain once its image is written: xl save's options. */
public enum SaveMode {
    /** No option: the domain is destroyed; the image is all that is left of it. */
    DESTROY,
    /** {@code -c}: the domain runs on, from where it stopped (a checkpoint). */
    CHECKPOINT,
    /** {@code -p}: the domain stays paused, not suspended; an unpause lets it run on. */
    LEAVE_PAUSED;

    /** xl's precedence: {@code -p} pauses whether or not {@code -c} is given too. */
    public static SaveMode of(boolean checkpoint, boolean leavePaused) {
        return leavePaused ? LEAVE_PAUSED : checkpoint ? CHECKPOINT : DESTROY;
    }
}
