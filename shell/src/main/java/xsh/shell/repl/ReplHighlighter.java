package xsh.shell.repl;

import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine;

/**
 * Colours the line being typed as the command table reads it: a known command green, an
 * unknown one red, options cyan (red when the command has no such option), a known domain's
 * name yellow, an unclosed quote red, a comment faint. Everything else keeps the terminal's
 * colour.
 */
public final class ReplHighlighter implements Highlighter {

    static final AttributedStyle COMMAND = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    static final AttributedStyle OPTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle DOMAIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();

    private final CommandLine table;
    private final DomainNames domains;

    /** {@code table} is the REPL's command table. */
    public ReplHighlighter(CommandLine table, DomainNames domains) {
        this.table = table;
        this.domains = domains;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    AttributedString highlight(String line) {
        LineWords words = LineWords.of(line);
        AttributedStringBuilder styled = new AttributedStringBuilder();
        int drawn = 0;
        int from = 0;
        var all = words.words();
        while (from < all.size()) {
            int to = from + 1;
            while (to < all.size() && !all.get(to).startsCommand()) {
                to++;
            }
            for (LineSyntax.Part part : LineSyntax.read(table, all.subList(from, to)).parts()) {
                LineWords.Word word = part.word();
                styled.append(line.substring(drawn, word.start()));
                styled.styled(styleOf(part), line.substring(word.start(), word.end()));
                drawn = word.end();
            }
            from = to;
        }
        int rest = words.commentStart() < 0 ? line.length() : words.commentStart();
        styled.append(line.substring(drawn, rest));
        styled.styled(COMMENT, line.substring(rest));
        return styled.toAttributedString();
    }

    private AttributedStyle styleOf(LineSyntax.Part part) {
        if (part.word().unterminated()) {
            return ERROR;
        }
        return switch (part.role()) {
            case COMMAND -> COMMAND;
            case UNKNOWN_COMMAND, UNKNOWN_OPTION -> ERROR;
            case OPTION -> OPTION;
            case OPERAND, OPTION_VALUE -> domains.names().contains(part.word().value())
                    ? DOMAIN : AttributedStyle.DEFAULT;
        };
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors are what the command table says they are
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // as above
    }
}
