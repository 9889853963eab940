package xsh.shell.dryrun;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.ParseResult;

/**
 * What {@code --dry-run} does to a parsed command line, wherever it was typed (xsh's arguments,
 * -c text, a piped or REPL line, a script's {@code xsh '...'}): a command that would change
 * state prints {@code dry-run: } and its words, and does not run, so it neither opens a host nor
 * writes a file; a command that only reads runs. Help asked for ({@code pause --help}) is shown.
 */
public final class DryRun {

    /** What starts each line printed instead of a change. */
    public static final String PREFIX = "dry-run: ";

    private DryRun() {
    }

    /**
     * Prints the command instead of running it when it would change state; returns whether it did
     * (then the command's exit code is 0).
     */
    public static boolean printedInstead(ParseResult parsed) {
        ParseResult leaf = leaf(parsed);
        if (leaf != parsed && leaf.commandSpec().userObject() instanceof DryRunsItself planner) {
            planner.dryRun(true);
            return false;
        }
        ParseResult command = parsed;
        while (command.hasSubcommand()) {
            if (command.isUsageHelpRequested() || command.isVersionHelpRequested()) {
                return false;
            }
            command = command.subcommand();
        }
        if (command == parsed || command.isUsageHelpRequested() || command.isVersionHelpRequested()
                || !changesState(command.commandSpec().userObject())) {
            return false;
        }
        PrintWriter out = command.commandSpec().commandLine().getOut();
        out.println(PREFIX + CommandLineText.of(commandWords(parsed)));
        out.flush();
        return true;
    }

    private static ParseResult leaf(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        return command;
    }

    /** Whether a command object, as parsed, would change state when run. */
    public static boolean changesState(Object command) {
        if (command instanceof MayChangeState conditional) {
            return conditional.changesState();
        }
        return command != null && command.getClass().isAnnotationPresent(ChangesState.class);
    }

    /**
     * The words from the command's name on, as typed: without the global options before it.
     * picocli gives each subcommand the words that follow its name.
     */
    private static List<String> commandWords(ParseResult root) {
        List<String> all = root.expandedArgs();
        List<String> afterName = root.subcommand().expandedArgs();
        List<String> words = all.subList(all.size() - afterName.size() - 1, all.size());
        // the xl front end ends options with a word nobody types ("\0"), where the user typed nothing
        String delimiter = root.commandSpec().parser().endOfOptionsDelimiter();
        return delimiter.equals("--") ? words : words.stream().filter(word -> !word.equals(delimiter)).toList();
    }
}
