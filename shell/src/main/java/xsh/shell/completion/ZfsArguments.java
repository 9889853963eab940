package xsh.shell.completion;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import xsh.shell.completion.Argument.Kind;

/**
 * What the words of a {@code zfs} command are, for Tab: zfs reads them with getopt, so xsh's
 * command table hands them over untouched and this table knows, per zfs command, which option
 * letters take a value and what each operand is ({@code zfs rollback SNAPSHOT},
 * {@code zfs clone SNAPSHOT NEW}).
 */
final class ZfsArguments {

    /** Per command: the getopt letters that take a value, and the operands in order (the last one repeats). */
    private record Syntax(String lettersWithValue, List<Argument> operands) {
    }

    private static final Argument ANY = Argument.of(Kind.DATASET_OR_SNAPSHOT);
    private static final Argument SNAPSHOT = Argument.of(Kind.SNAPSHOT);
    private static final Argument NEW = Argument.of(Kind.NEW_DATASET);

    private static final Map<String, Syntax> SYNTAX = Map.ofEntries(
            entry("list", new Syntax("dostS", List.of(ANY))),
            entry("get", new Syntax("dost", List.of(Argument.words("all", "used", "available", "referenced",
                    "mountpoint", "origin", "written", "creation", "volsize", "compression"), ANY))),
            entry("set", new Syntax("", List.of(Argument.NOTHING, ANY))),
            entry("create", new Syntax("obV", List.of(NEW))),
            entry("destroy", new Syntax("", List.of(ANY))),
            entry("snapshot", new Syntax("o", List.of(Argument.of(Kind.NEW_SNAPSHOT)))),
            entry("rollback", new Syntax("", List.of(SNAPSHOT))),
            entry("clone", new Syntax("o", List.of(SNAPSHOT, NEW))),
            entry("rename", new Syntax("", List.of(ANY, NEW))),
            entry("send", new Syntax("iI", List.of(SNAPSHOT))),
            entry("receive", new Syntax("o", List.of(NEW))));

    private static final Map<Character, Argument> OPTION_VALUES = Map.of(
            'i', SNAPSHOT, 'I', SNAPSHOT,
            't', Argument.words("filesystem", "volume", "snapshot", "all"));

    private ZfsArguments() {
    }

    /**
     * What the word after {@code words} is for {@code zfs COMMAND} ({@code command} by its table
     * name: {@code receive} for {@code recv} too); {@code words} are those after the command's name.
     */
    static Argument next(String command, List<String> words) {
        Syntax syntax = SYNTAX.get(command);
        if (syntax == null) {
            return Argument.NOTHING;
        }
        int operand = 0;
        boolean optionsEnded = false;
        Character pending = null;
        for (String word : words) {
            if (pending != null) {
                pending = null;
            } else if (!optionsEnded && word.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && word.startsWith("--")) {
                // xsh's own long options (--json, --file FILE), which picocli takes before zfs sees the words
                pending = word.equals("--file") ? '\0' : null;
            } else if (!optionsEnded && word.startsWith("-") && word.length() > 1) {
                pending = letterWaitingForValue(syntax.lettersWithValue(), word);
            } else {
                operand++;
            }
        }
        if (pending != null) {
            return pending == '\0' ? Argument.of(Kind.ANY_FILE) : OPTION_VALUES.getOrDefault(pending, Argument.NOTHING);
        }
        List<Argument> operands = syntax.operands();
        return operands.get(Math.min(operand, operands.size() - 1));
    }

    /** getopt's reading of {@code -rHd} words: the first letter that takes a value takes the rest of the word. */
    private static Character letterWaitingForValue(String lettersWithValue, String word) {
        for (int i = 1; i < word.length(); i++) {
            if (lettersWithValue.indexOf(word.charAt(i)) >= 0) {
                return i == word.length() - 1 ? word.charAt(i) : null;
            }
        }
        return null;
    }
}
