package xsh.cfg.parse;

import org.antlr.v4.runtime.Token;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.source.SourceSpan;

/** Positions of tokens in the source, as people count them. */
final class TokenSpans {

    private final ConfigSource source;

    TokenSpans(ConfigSource source) {
        this.source = source;
    }

    SourceSpan of(Token token) {
        return between(token, token);
    }

    SourceSpan between(Token first, Token last) {
        int start = Math.min(first.getStartIndex(), source.length());
        int end = Math.max(start, Math.min(last.getStopIndex() + 1, source.length()));
        return at(start, end, first.getLine(), first.getCharPositionInLine());
    }

    /** A span inside a token, {@code offset} bytes from its start (tokens never span lines). */
    SourceSpan inside(Token token, int offset) {
        int start = token.getStartIndex() + offset;
        return at(start, start + 1, token.getLine(), token.getCharPositionInLine() + offset);
    }

    private SourceSpan at(int start, int end, int line, int charPositionInLine) {
        int lineStart = start - charPositionInLine;
        return new SourceSpan(start, end, line, source.columnOf(start, lineStart));
    }
}
