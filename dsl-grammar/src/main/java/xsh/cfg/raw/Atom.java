package xsh.cfg.raw;

import xsh.cfg.source.SourceSpan;

/**
 * A single value exactly as stored: a string's content after escapes, or a number's text
 * ({@code 0x1f}, {@code 010} and {@code 9a} stay as written). Bytes that are not valid UTF-8
 * are kept as the lone surrogates U+DC80..U+DCFF, so no byte is lost.
 */
public record Atom(String text, SourceSpan span) implements ConfigValue {
}
