package xsh.shell.repl;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jline.reader.Buffer;
import org.jline.reader.Highlighter;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReader.SuggestionType;
import org.jline.reader.Widget;
import org.jline.utils.AttributedString;
import picocli.CommandLine;

/**
 * What is shown faint after the cursor: the rest of the latest earlier line that begins with
 * what is typed (Right or End takes it), else the command's tip ({@link CommandTips}). JLine
 * shows one kind of suggestion at a time, and asks for the highlighted line just before it
 * draws the suggestion at every redisplay: the moment to choose which, as the line is now.
 */
public final class Suggestions {

    /** How far back history is searched, as far as JLine's own history suggestions look. */
    private static final int HISTORY_LOOKBACK = 200;

    private final CommandTips tips;

    private Suggestions(CommandLine table) {
        this.tips = new CommandTips(table);
    }

    /**
     * The highlighter to give the reader: it draws with {@code drawing} and, as it is asked
     * at every redisplay, chooses the suggestion to show after the line.
     */
    public static Highlighter choosingWith(CommandLine table, Highlighter drawing) {
        Suggestions suggestions = new Suggestions(table);
        return new Highlighter() {
            @Override
            public AttributedString highlight(LineReader lineReader, String buffer) {
                suggestions.choose(lineReader, buffer);
                return drawing.highlight(lineReader, buffer);
            }

            @Override
            public void setErrorPattern(Pattern errorPattern) {
                drawing.setErrorPattern(errorPattern);
            }

            @Override
            public void setErrorIndex(int errorIndex) {
                drawing.setErrorIndex(errorIndex);
            }
        };
    }

    /** Right and End at the end of the line take the suggestion from history, as in fish and zsh. */
    public static void acceptWithRightOrEnd(LineReader reader) {
        Map<String, Widget> widgets = reader.getWidgets();
        for (String name : List.of(LineReader.FORWARD_CHAR, LineReader.END_OF_LINE)) {
            Widget original = widgets.get(name);
            widgets.put(name, () -> acceptFromHistory(reader) || original.apply());
        }
    }

    private void choose(LineReader reader, String line) {
        Buffer buffer = reader.getBuffer();
        boolean atEnd = buffer.cursor() == buffer.length() && buffer.toString().equals(line);
        if (atEnd && !line.isBlank() && completesFromHistory(reader.getHistory(), line)) {
            reader.setAutosuggestion(SuggestionType.HISTORY);
            return;
        }
        String tip = atEnd ? tips.tip(line).orElse("") : "";
        reader.setTailTip(tip);
        reader.setAutosuggestion(tip.isEmpty() ? SuggestionType.NONE : SuggestionType.TAIL_TIP);
    }

    /** Whether an earlier line begins with {@code line} and goes on. */
    static boolean completesFromHistory(History history, String line) {
        Iterator<History.Entry> entries = history.reverseIterator();
        for (int seen = 0; entries.hasNext() && seen <= HISTORY_LOOKBACK; seen++) {
            String earlier = entries.next().line();
            if (earlier.length() > line.length() && earlier.startsWith(line)) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptFromHistory(LineReader reader) {
        Buffer buffer = reader.getBuffer();
        String suggestion = reader.getTailTip();
        if (reader.getAutosuggestion() != SuggestionType.HISTORY || buffer.cursor() != buffer.length()
                || suggestion == null || suggestion.isEmpty()) {
            return false;
        }
        buffer.write(suggestion);
        return true;
    }
}
