package xsh.cfg.json;

/** How {@link JsonWriter} lays out a document. */
public enum JsonStyle {
    /**
     * As xl prints libxl JSON (yajl's beautifier): four-space indent, {@code "key": value},
     * and an empty object as an opening brace, a blank line, and a closing brace.
     */
    LIBXL,
    /** xsh's own {@code --json}: two-space indent, empty containers as {@code {}} and {@code []}. */
    PRETTY
}
