package xsh.cfg.raw;

import xsh.cfg.source.SourceSpan;

/**
 * A value as libxlu stores it: an atom (every STRING and NUMBER token, kept as text) or a
 * list of values. Types beyond that exist only in the eye of the accessor that reads it.
 */
public sealed interface ConfigValue permits Atom, ValueList {

    /** Where the value was written; for a value built by {@code +=}, the last addition. */
    SourceSpan span();
}
