package xsh.cfg.disk;

import java.util.List;
import java.util.stream.Collectors;
import xsh.error.XshException;

/**
 * A disk spec xl would refuse, with every error xl would report for it. The exception message
 * is xsh's own one-line explanation; {@link #xlMessage(String)} gives xl's exact wording.
 */
public final class DiskSpecException extends XshException {

    private final List<DiskSpecError> errors;

    DiskSpecException(String input, List<DiskSpecError> errors) {
        super(humanMessage(input, errors), exitCode(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a disk spec failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every error in the order xl reports them; never empty. */
    public List<DiskSpecError> errors() {
        return errors;
    }

    /** xl's message for the first error, e.g. {@code unknown value for format}. */
    public String reason() {
        return errors.get(0).reason();
    }

    /** The text xl quotes after {@code near} for the first error; null for whole-spec errors. */
    public String near() {
        return errors.get(0).near();
    }

    /** The spec text xl quotes after {@code in} for the first error. */
    public String spec() {
        return errors.get(0).spec();
    }

    /**
     * What xl prints to stderr: normally the single line
     * {@code SOURCE: config parsing error in disk specification: MESSAGE: near `TOKEN' in `SPEC'},
     * or one such line per error when xl found several (joined with newlines, no final one).
     *
     * @param configSource the config file name as given to xl, or {@code command line}
     */
    public String xlMessage(String configSource) {
        return errors.stream()
                .map(error -> error.xlLine(configSource))
                .collect(Collectors.joining("\n"));
    }

    private static String humanMessage(String input, List<DiskSpecError> errors) {
        return "disk `" + input + "`: "
                + errors.stream().map(DiskSpecError::detail).collect(Collectors.joining("; "));
    }

    /** xl exits 1 after a parse error, but 2 when its scanner jams (flex's fatal error). */
    private static int exitCode(List<DiskSpecError> errors) {
        return errors.stream().anyMatch(DiskSpecError::isScannerJam) ? 2 : 1;
    }
}
