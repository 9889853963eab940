package xsh.shell.repl;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import xsh.shell.completion.ArgumentHints;

/**
 * What is left to type, shown faint after the cursor once a command is named and a space
 * typed: the command's synopsis right after its name, then the operands still missing, or
 * the value an option waits for (with an example where its form needs one: a CPU list, a
 * size), or the subcommands to choose from. All of it comes from the
 * command table's help model, so it never disagrees with {@code help COMMAND}.
 */
final class CommandTips {

    private final CommandLine table;

    CommandTips(CommandLine table) {
        this.table = table;
    }

    /** The tip for {@code line} with the cursor at its end; empty when there is nothing to say. */
    Optional<String> tip(String line) {
        if (line.isEmpty() || !Character.isWhitespace(line.charAt(line.length() - 1))) {
            return Optional.empty(); // a word is being typed: Tab completes it, a tip would stand in its way
        }
        LineWords words = LineWords.of(line);
        if (words.commentStart() >= 0 || words.words().isEmpty()
                || words.words().get(words.words().size() - 1).unterminated()) {
            return Optional.empty();
        }
        List<LineWords.Word> all = words.words();
        int start = all.size() - 1;
        while (start > 0 && !all.get(start).startsCommand()) {
            start--;
        }
        if (line.stripTrailing().endsWith(";")) {
            return Optional.empty(); // a new command begins: nothing named yet
        }
        LineSyntax.Reading reading = LineSyntax.read(table, all.subList(start, all.size()));
        if (!reading.commandNamed() || reading.foreignWords()) {
            return Optional.empty();
        }
        if (reading.awaitingValue() != null) {
            OptionSpec option = reading.awaitingValue();
            return Optional.of(ArgumentHints.withExample(option).orElse(option.paramLabel()));
        }
        CommandSpec command = reading.command();
        if (!command.subcommands().isEmpty()) {
            return reading.operands() == 0 ? Optional.of(String.join("|", command.subcommands().keySet())) : Optional.empty();
        }
        LineSyntax.Part last = reading.parts().get(reading.parts().size() - 1);
        if (last.role() == LineSyntax.Role.COMMAND) {
            return synopsis(command);
        }
        Optional<String> example = command.positionalParameters().stream()
                .filter(p -> !p.hidden() && p.index().contains(reading.operands()))
                .findFirst()
                .flatMap(ArgumentHints::withExample);
        if (example.isPresent()) {
            return example; // a CPU list or a size: how to write one says more than its label
        }
        String missing = command.positionalParameters().stream()
                .filter(p -> !p.hidden() && p.index().max() >= reading.operands())
                .map(CommandTips::label)
                .collect(Collectors.joining(" "));
        return missing.isEmpty() ? Optional.empty() : Optional.of(missing);
    }

    /** The synopsis after the command's name, on one line: {@code [-cDhp] DOMAIN FILE [CONFIG]}. */
    static Optional<String> synopsis(CommandSpec command) {
        String synopsis = new Help(command, Help.defaultColorScheme(Ansi.OFF)).synopsis(0).strip().replaceAll("\\s+", " ");
        String name = command.qualifiedName(" ");
        String rest = synopsis.startsWith(name) ? synopsis.substring(name.length()).strip() : synopsis;
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    private static String label(PositionalParamSpec parameter) {
        String label = parameter.paramLabel();
        if (parameter.arity().max() > 1) {
            label += "...";
        }
        return parameter.arity().min() == 0 ? "[" + label + "]" : label;
    }
}
