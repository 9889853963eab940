package xsh.shell.dsl;

import java.util.ArrayList;
import java.util.List;
import xsh.shell.dryrun.CommandLineText;

/**
 * A DSL call as the xsh command line that does the same ({@code save debian d-1.save -p}): what
 * {@code --dry-run} prints instead of doing it. Words that the shell would split or read
 * specially are quoted as sh quotes them, so the line can be pasted at the prompt.
 */
final class CommandText {

    private final List<String> words = new ArrayList<>();

    private CommandText(String command) {
        words.add(command);
    }

    static CommandText of(String command, Object... words) {
        CommandText text = new CommandText(command);
        for (Object word : words) {
            text.add(word);
        }
        return text;
    }

    CommandText add(Object word) {
        words.add(String.valueOf(word));
        return this;
    }

    /** Adds {@code option} when {@code on}. */
    CommandText flag(boolean on, String option) {
        return on ? add(option) : this;
    }

    /** The words quoted as {@code --dry-run} quotes a command typed at the prompt. */
    @Override
    public String toString() {
        return CommandLineText.of(words);
    }
}
