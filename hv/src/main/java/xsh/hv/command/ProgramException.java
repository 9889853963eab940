package xsh.hv.command;

/**
 * A program that could not be run to its end: it could not be started (exit code 127, as a
 * shell says of a missing command), it outlived its time limit and was stopped, the wait for
 * it was interrupted (130), or nobody took its output any more. A program that ran and failed
 * is not this: its exit code and stderr are in the {@link Completed} result for the caller to
 * read in the program's own words.
 */
public final class ProgramException extends RuntimeException {

    /** The exit code a shell gives a command it cannot run. */
    public static final int CANNOT_RUN = 127;

    private final int exitCode;

    public ProgramException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public ProgramException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
