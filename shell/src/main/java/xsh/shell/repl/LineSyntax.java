package xsh.shell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What each word of a command being typed is to the command table: the command (and its
 * subcommand), an option it has or lacks, an option's value, or an operand. It follows the
 * table as picocli parses: global options before the command, a command's options and
 * operands after it, {@code --} ending options, {@code -abc} as a cluster of letters. After
 * {@code xl} the words are xl's, which only xl's own syntax knows: operands here.
 */
final class LineSyntax {

    /** What a word is. */
    enum Role { COMMAND, UNKNOWN_COMMAND, OPTION, UNKNOWN_OPTION, OPTION_VALUE, OPERAND }

    /** A word and what it is; {@code command} is the command it belongs to (the root before one is named). */
    record Part(LineWords.Word word, Role role, CommandSpec command) {
    }

    /** The word after which xl's own command line follows. */
    static final String XL = "xl";

    private LineSyntax() {
    }

    /** Reads one command's words (the first starts the command) against {@code table}. */
    static Reading read(CommandLine table, List<LineWords.Word> words) {
        Reading reading = new Reading(table.getCommandSpec());
        words.forEach(reading::add);
        return reading;
    }

    /** The parts of a command read so far, and what the next word would be. */
    static final class Reading {
        private final List<Part> parts = new ArrayList<>();
        private CommandSpec command;
        private boolean commandNamed;
        private boolean optionsEnded;
        private boolean foreignWords;
        private OptionSpec awaitingValue;
        private int operands;

        private Reading(CommandSpec root) {
            this.command = root;
        }

        List<Part> parts() {
            return parts;
        }

        /** The command the words name so far (the root when none is named). */
        CommandSpec command() {
            return command;
        }

        /** Whether a command was named (a known one). */
        boolean commandNamed() {
            return commandNamed;
        }

        /** The option whose value the next word is, or null. */
        OptionSpec awaitingValue() {
            return awaitingValue;
        }

        /** How many operands the command has been given. */
        int operands() {
            return operands;
        }

        /** Whether the words after the command are another program's (xl's), which the table does not describe. */
        boolean foreignWords() {
            return foreignWords;
        }

        private void add(LineWords.Word word) {
            parts.add(new Part(word, roleOf(word), command));
        }

        private Role roleOf(LineWords.Word word) {
            String value = word.value();
            if (awaitingValue != null) {
                awaitingValue = null;
                return Role.OPTION_VALUE;
            }
            if (foreignWords) {
                return Role.OPERAND;
            }
            if (!optionsEnded && value.length() > 1 && value.startsWith("-")) {
                return option(value);
            }
            Map<String, CommandLine> subcommands = command.subcommands();
            if (!subcommands.isEmpty() && operands == 0) {
                CommandLine sub = subcommands.get(value);
                if (sub == null) {
                    operands++;
                    return Role.UNKNOWN_COMMAND;
                }
                command = sub.getCommandSpec();
                commandNamed = true;
                foreignWords = command.parent() != null && command.parent().parent() == null && value.equals(XL);
                return Role.COMMAND;
            }
            operands++;
            return Role.OPERAND;
        }

        private Role option(String word) {
            if (word.equals("--")) {
                optionsEnded = true;
                return Role.OPTION;
            }
            int equals = word.indexOf('=');
            String name = equals > 0 ? word.substring(0, equals) : word;
            OptionSpec option = command.findOption(name);
            if (option != null) {
                if (equals < 0 && takesValue(option)) {
                    awaitingValue = option;
                }
                return Role.OPTION;
            }
            return word.startsWith("--") ? Role.UNKNOWN_OPTION : cluster(word);
        }

        /** {@code -cp}, or {@code -tpv} (an option with its value attached): picocli's POSIX clusters. */
        private Role cluster(String word) {
            for (int i = 1; i < word.length(); i++) {
                OptionSpec option = command.findOption(word.charAt(i));
                if (option == null) {
                    return Role.UNKNOWN_OPTION;
                }
                if (takesValue(option)) {
                    if (i == word.length() - 1) {
                        awaitingValue = option;
                    }
                    return Role.OPTION;
                }
            }
            return Role.OPTION;
        }

        private static boolean takesValue(OptionSpec option) {
            return option.arity().max() > 0;
        }
    }
}
