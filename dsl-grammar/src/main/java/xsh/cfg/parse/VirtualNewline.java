package xsh.cfg.parse;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import xsh.cfg.grammar.XlCfgLexer;

/** The NEWLINE the token source adds at end of input; diagnostics call it "end of file". */
final class VirtualNewline extends CommonToken {

    private VirtualNewline(Token eof) {
        super(eof);
        setType(XlCfgLexer.NEWLINE);
        setText("");
        setStartIndex(eof.getStopIndex() + 1);
    }

    static Token before(Token eof) {
        return new VirtualNewline(eof);
    }

    static boolean isEndOfFile(Token token) {
        return token.getType() == Token.EOF || token instanceof VirtualNewline;
    }
}
