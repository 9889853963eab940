package xsh.shell.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where the words before the cursor leave a command line in the command table: which
 * (sub)command they name, whether the last one was an option still waiting for its value, and
 * how many positionals came before. The words are read as picocli reads them: subcommand names
 * first, options with their values ({@code -d web}, {@code --domain=web}, clustered
 * {@code -pc}), {@code --} ending the options.
 *
 * @param command        the command being typed (the root when no command name is there yet)
 * @param pendingOption  the option whose value the next word is, or null
 * @param positionals    the positionals given so far, in order
 * @param optionsEnded   whether {@code --} was given
 * @param words          every word after the command's name, as typed (for commands that read them with getopt)
 */
record CommandWords(CommandLine command, OptionSpec pendingOption, List<String> positionals, boolean optionsEnded,
                    List<String> words) {

    static CommandWords read(CommandLine root, List<String> words) {
        CommandLine command = root;
        OptionSpec pending = null;
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        int commandWords = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (pending != null) {
                pending = null;
                continue;
            }
            Map<String, CommandLine> subcommands = command.getSubcommands();
            if (positionals.isEmpty() && subcommands.containsKey(word)) {
                command = subcommands.get(word);
                commandWords = i + 1;
                continue;
            }
            if (!optionsEnded && word.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && word.startsWith("-") && word.length() > 1) {
                pending = optionWaitingForValue(command.getCommandSpec(), word);
            } else {
                positionals.add(word);
            }
        }
        return new CommandWords(command, pending, List.copyOf(positionals), optionsEnded,
                List.copyOf(words.subList(commandWords, words.size())));
    }

    CommandSpec spec() {
        return command.getCommandSpec();
    }

    /** The option {@code word} is, if it still waits for its value in the next word. */
    static OptionSpec optionWaitingForValue(CommandSpec spec, String word) {
        if (word.contains("=")) {
            return null; // --domain=web: the value is in the word
        }
        OptionSpec option = spec.findOption(word);
        if (option != null) {
            return takesValue(option) ? option : null;
        }
        if (!word.startsWith("--")) {
            // a cluster of short options (-pc); the first that takes a value takes the rest of the word
            for (int i = 1; i < word.length(); i++) {
                OptionSpec letter = spec.findOption(word.charAt(i));
                if (letter != null && takesValue(letter)) {
                    return i == word.length() - 1 ? letter : null;
                }
            }
        }
        return null;
    }

    static boolean takesValue(OptionSpec option) {
        return option.arity().min() > 0;
    }
}
