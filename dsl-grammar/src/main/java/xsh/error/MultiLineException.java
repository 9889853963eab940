package xsh.error;

import java.util.List;

/**
 * A failure that xl reports on several lines: libxl's line and then xl's own
 * ({@code destroy failed (rc=-21)}), a hint under the error ({@code Use "-F" to fallback to
 * ACPI power event.}), a trailing blank line, or a configuration file's diagnostics before
 * {@code Failed to parse config: Invalid argument}. The shell prints each line as it is, so
 * the text is xl's byte for byte; every other {@link XshException} is printed as one line.
 */
public class MultiLineException extends XshException {

    private final List<String> lines;

    public MultiLineException(List<String> lines, int exitCode) {
        super(String.join("\n", lines), exitCode);
        this.lines = List.copyOf(lines);
    }

    public MultiLineException(List<String> lines, int exitCode, Throwable cause) {
        super(String.join("\n", lines), exitCode, cause);
        this.lines = List.copyOf(lines);
    }

    /** The lines to print, in order; an empty string is a blank line. */
    public List<String> lines() {
        return lines;
    }
}
