package xsh.cfg.raw;

import xsh.cfg.source.SourceSpan;

/**
 * What a key holds after the whole file: the last assignment wins, and {@code +=} has
 * already concatenated. {@code operator} is the last statement's, as libxlu keeps it: a
 * value that ends in {@code +=} cannot be read as a number.
 */
public record Setting(String key, Operator operator, ConfigValue value, Statement last) {

    /** Where the last statement's value was written; accessors warn about this place. */
    public SourceSpan span() {
        return last.written().span();
    }
}
