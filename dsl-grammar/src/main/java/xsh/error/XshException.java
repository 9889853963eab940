package xsh.error;

/**
 * A failure the user is meant to read: a one-line message naming the object (a file with
 * line and column, a domain, a dataset) and the exit code xl would give for it. The shell
 * prints the message alone; the stack trace only with {@code --debug}.
 */
public class XshException extends RuntimeException {

    private final int exitCode;

    public XshException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public XshException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code for this failure, as xl would return it (1 unless xl differs). */
    public int exitCode() {
        return exitCode;
    }
}
