package xsh.cfg.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.diag.Diagnostics;
import xsh.cfg.grammar.StatementErrorStrategy;
import xsh.cfg.grammar.XlCfgLexer;
import xsh.cfg.grammar.XlCfgParser;
import xsh.cfg.raw.Operator;
import xsh.cfg.raw.RawConfigBuilder;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.Statement;
import xsh.cfg.raw.ValueList;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.source.SourceSpan;

/**
 * Parses xl.cfg as Xen's libxlu does: it accepts and rejects the same files and stores the
 * same values, and reports every error of a file at its true line and column, in words.
 * Stateless and thread-safe.
 */
public final class ConfigParser {

    private ConfigParser() {
    }

    public static ParsedConfig parse(ConfigSource source) {
        return new Run(source).parse();
    }

    public static ParsedConfig parse(String name, String text) {
        return parse(ConfigSource.of(name, text));
    }

    /** The state of one parse. */
    private static final class Run {
        private final ConfigSource source;
        private final Diagnostics diagnostics;
        private final TokenSpans spans;
        private final LexicalErrorDescriber lexicalErrors;
        private final LibxluTokenSource tokenSource;
        private final TokenArrayStream tokens;
        private final XlCfgParser parser;
        private final ValueBuilder values;
        private final RawConfigBuilder settings = new RawConfigBuilder();

        Run(ConfigSource source) {
            this.source = source;
            this.diagnostics = new Diagnostics(source);
            this.spans = new TokenSpans(source);
            this.lexicalErrors = new LexicalErrorDescriber(diagnostics);
            // one char per byte, read straight from the source's bytes (ISO-8859-1 without a copy)
            CharStream chars = CodePointCharStream.fromBuffer(CodePointBuffer.withBytes(source.sharedBytes()), source.name());
            XlCfgLexer lexer = new XlCfgLexer(chars);
            lexer.removeErrorListeners();
            lexer.setTokenFactory(new BlankSharingTokenFactory());
            this.tokenSource = new LibxluTokenSource(lexer, lexicalErrors, spans);
            this.tokens = new TokenArrayStream(tokenSource);
            lexicalErrors.finish();
            this.parser = new XlCfgParser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new StatementErrorStrategy());
            // the grammar is unambiguous, so SLL prediction decides exactly as full LL would
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setSyntaxErrorSink(this::syntaxError);
            parser.setBuildParseTree(false);
            this.values = new ValueBuilder(spans, diagnostics);
        }

        ParsedConfig parse() {
            while (tokens.LA(1) != Token.EOF) {
                XlCfgParser.StatementContext statement = parser.statement();
                if (statement.exception == null && statement.assign != null) {
                    store(statement.assign);
                }
            }
            if (diagnostics.hasErrors() && lexicalErrors.firstPythonChar() != null) {
                diagnostics.warning(lexicalErrors.firstPythonChar(),
                        "this looks like Python, which xl.cfg no longer is (see https://wiki.xen.org/wiki/PythonInXlConfig)");
            }
            List<Diagnostic> sorted = new ArrayList<>(diagnostics.all());
            sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            return new ParsedConfig(source, settings.build(), sorted);
        }

        private void store(XlCfgParser.AssignmentContext assignment) {
            Token key = assignment.key;
            Operator operator = assignment.op.getType() == XlCfgLexer.ADD ? Operator.ADD : Operator.ASSIGN;
            Statement statement = new Statement(key.getText(), operator, values.build(assignment.val), spans.of(key));
            Optional<Setting> refused = settings.add(statement);
            refused.ifPresent(earlier -> {
                diagnostics.error(spans.of(assignment.op), "cannot add " + kind(statement.written() instanceof ValueList)
                        + " to `" + key.getText() + "`, which holds " + kind(earlier.value() instanceof ValueList)
                        + " (set at line " + earlier.span().line() + ")");
            });
        }

        private static String kind(boolean list) {
            return list ? "a list" : "a single value";
        }

        private void syntaxError(ParserRuleContext statement, RecognitionException e) {
            Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
            if (tokenSource.followsLexicalErrorOnLine(offending)) {
                return;
            }
            SourceSpan at = spans.of(offending);
            diagnostics.error(at, SyntaxErrorDescriber.describe(statement, e, offending, tokens));
        }
    }
}
