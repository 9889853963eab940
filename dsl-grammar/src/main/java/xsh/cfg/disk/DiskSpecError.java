package xsh.cfg.disk;

import java.util.Objects;

/**
 * One complaint xl makes about a disk spec. xl does not stop at the first bad parameter: it
 * reports each and fails at the end, so a spec can produce several of these.
 *
 * @param reason  xl's own message, e.g. {@code unknown value for format}
 * @param near    the offending text exactly as xl quotes it after {@code near}, or null for an
 *                error about the spec as a whole ({@code no vdev specified})
 * @param spec    the spec string xl quotes after {@code in}: for several command-line words,
 *                the word being read (for a whole-spec error, the last word)
 * @param detail  a clearer explanation for xsh's own message, e.g.
 *                {@code unknown format `bogus' (expected raw, ...)}
 */
public record DiskSpecError(String reason, String near, String spec, String detail) {

    /** xl's reason when its scanner aborts; xl prints only this and exits with status 2. */
    static final String SCANNER_JAMMED = "flex scanner jammed";

    public DiskSpecError {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * True for the one failure that is not a parsing error: xl's scanner cannot go on (an
     * {@code =} right before a newline) and xl exits at once.
     */
    public boolean isScannerJam() {
        return SCANNER_JAMMED.equals(reason);
    }

    /**
     * The line xl prints to stderr for this error (without newline); {@code configSource} is
     * the config file name as xl was given it, or {@code command line} for block-attach.
     */
    public String xlLine(String configSource) {
        if (isScannerJam()) {
            return SCANNER_JAMMED;
        }
        String where = near == null ? "" : ": near `" + near + "'";
        return configSource + ": config parsing error in disk specification: " + reason + where
                + " in `" + spec + "'";
    }
}
