package xsh.cfg.raw;

import xsh.cfg.source.SourceSpan;

/** One assignment as written in the file, before {@code +=} combines it with earlier ones. */
public record Statement(String key, Operator operator, ConfigValue written, SourceSpan keySpan) {
}
