package xsh.cfg.diag;

/**
 * One finding about a configuration, pointing at a file, line and column. Lines and
 * columns are where the problem really is (libxlu reports the line before for an error at
 * a newline; xsh does not).
 */
public record Diagnostic(Severity severity, String source, int line, int column, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COLUMN: message}, and {@code warning: } before a warning's message. */
    public String render() {
        String where = line > 0 ? source + ":" + line + ":" + column + ": " : source + ": ";
        return where + (severity == Severity.WARNING ? "warning: " : "") + message;
    }

    @Override
    public String toString() {
        return render();
    }
}
