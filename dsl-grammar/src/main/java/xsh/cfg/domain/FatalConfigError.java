package xsh.cfg.domain;

/**
 * Thrown inside the reader where xl would print a message and exit: it ends the reading,
 * as xl's {@code exit()} does, after the error has been recorded in the diagnostics.
 */
final class FatalConfigError extends RuntimeException {

    private final int exitCode;

    FatalConfigError(int exitCode) {
        super(null, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
