package xsh.cfg.source;

/**
 * Where something was written: byte offsets {@code [start, end)} in the source, and the
 * 1-based line and column of its first character.
 */
public record SourceSpan(int start, int end, int line, int column) {

    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** {@code LINE:COLUMN}, as diagnostics show it. */
    public String position() {
        return line + ":" + column;
    }
}
