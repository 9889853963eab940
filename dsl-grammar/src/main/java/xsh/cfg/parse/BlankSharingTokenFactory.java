package xsh.cfg.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import xsh.cfg.grammar.XlCfgLexer;

/**
 * Makes every BLANK the same token object: the token source passes blanks over without
 * looking at them, and they are a third of all tokens, so allocating each is waste.
 */
final class BlankSharingTokenFactory implements TokenFactory<CommonToken> {

    private static final CommonToken BLANK = new CommonToken(XlCfgLexer.BLANK, " ");

    @Override
    public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
                              int start, int stop, int line, int charPositionInLine) {
        if (type == XlCfgLexer.BLANK) {
            return BLANK;
        }
        return CommonTokenFactory.DEFAULT.create(source, type, text, channel, start, stop, line, charPositionInLine);
    }

    @Override
    public CommonToken create(int type, String text) {
        return CommonTokenFactory.DEFAULT.create(type, text);
    }
}
