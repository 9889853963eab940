package xsh.cfg.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import xsh.cfg.diag.Diagnostics;
import xsh.cfg.grammar.XlCfgLexer;
import xsh.cfg.grammar.XlCfgParser;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.ConfigValue;
import xsh.cfg.raw.ValueList;

/** Builds stored values from parsed ones: strings dequoted and decoded, numbers kept as text. */
final class ValueBuilder {

    private final TokenSpans spans;
    private final Diagnostics diagnostics;

    ValueBuilder(TokenSpans spans, Diagnostics diagnostics) {
        this.spans = spans;
        this.diagnostics = diagnostics;
    }

    ConfigValue build(XlCfgParser.ValueContext value) {
        if (value.scalar != null) {
            return atom(value.scalar);
        }
        XlCfgParser.ListContext list = value.items;
        List<ConfigValue> items = new ArrayList<>(list.item.size());
        for (XlCfgParser.ValueContext item : list.item) {
            items.add(build(item));
        }
        return new ValueList(items, spans.between(list.open, list.close));
    }

    private Atom atom(Token token) {
        String text = token.getText();
        if (token.getType() == XlCfgLexer.STRING) {
            text = StringDequoter.dequote(text, new StringDequoter.Problems() {
                @Override
                public void error(int offset, String message) {
                    diagnostics.error(spans.inside(token, offset), message);
                }

                @Override
                public void warning(int offset, String message) {
                    diagnostics.warning(spans.inside(token, offset), message);
                }
            });
            text = SurrogateEscapedUtf8.decodeLatin1(text);
        }
        return new Atom(text, spans.of(token));
    }
}
