package xsh.cfg.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * All tokens of a configuration, lexed up front into an array. A configuration is small
 * and always read to the end, so ANTLR's lazily filling buffer (a bounds check and a fill
 * check on every look-ahead) only costs time here.
 */
final class TokenArrayStream implements TokenStream {

    private final TokenSource source;
    private final Token[] tokens;
    private int p;

    TokenArrayStream(TokenSource source) {
        this.source = source;
        List<Token> all = new ArrayList<>(128);
        Token token;
        do {
            token = source.nextToken();
            if (token instanceof WritableToken writable) {
                writable.setTokenIndex(all.size());
            }
            all.add(token);
        } while (token.getType() != Token.EOF);
        this.tokens = all.toArray(new Token[0]);
    }

    @Override
    public Token LT(int k) {
        if (k == 0) {
            return null;
        }
        int i = k < 0 ? p + k : p + k - 1;
        if (i < 0) {
            return null;
        }
        return tokens[Math.min(i, tokens.length - 1)];
    }

    @Override
    public int LA(int i) {
        Token t = LT(i);
        return t == null ? Token.INVALID_TYPE : t.getType();
    }

    @Override
    public void consume() {
        if (tokens[p].getType() == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        int stop = Math.min(interval.b, tokens.length - 1);
        for (int i = Math.max(0, interval.a); i <= stop; i++) {
            if (tokens[i].getType() != Token.EOF) {
                text.append(tokens[i].getText());
            }
        }
        return text.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, tokens.length - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return ctx instanceof ParserRuleContext rule ? getText(rule.getStart(), rule.getStop()) : "";
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // everything stays buffered
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.min(index, tokens.length - 1);
    }

    @Override
    public int size() {
        return tokens.length;
    }

    @Override
    public String getSourceName() {
        return source.getSourceName() == null ? IntStream.UNKNOWN_SOURCE_NAME : source.getSourceName();
    }
}
