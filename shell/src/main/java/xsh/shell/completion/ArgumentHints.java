package xsh.shell.completion;

import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A one-line hint for the argument under the cursor, for the REPL's tail tips: the parameter's
 * label and description from the command table, and for the arguments whose syntax is not
 * obvious from their name (CPU lists, sizes), an example to copy.
 */
public final class ArgumentHints {

    private static final String CPU_LIST = "e.g. 0-3,^1 (0, 2 and 3), node:0, all";
    private static final String SIZE = "e.g. 512 (MiB), 2g, 1536m";

    /** Examples by the parameter's label. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "CPUS", CPU_LIST,
            "HARD", CPU_LIST + ", - (as it is)",
            "SOFT", CPU_LIST + ", - (as it is)",
            "SIZE", SIZE);

    private ArgumentHints() {
    }

    /** The hint for the positional at {@code index} of {@code command}, if it has one. */
    public static Optional<String> positional(CommandSpec command, int index) {
        return command.positionalParameters().stream()
                .filter(p -> p.index().contains(index))
                .findFirst()
                .map(ArgumentHints::hint);
    }

    /** The hint for an option's value, e.g. {@code truncate -s SIZE}. */
    public static Optional<String> optionValue(CommandSpec command, String optionName) {
        return Optional.ofNullable(command.findOption(optionName)).map(ArgumentHints::hint);
    }

    /**
     * The hint for an argument whose form wants an example (a CPU list, a size), for the tail
     * tip; other arguments are named well enough by their label.
     */
    public static Optional<String> withExample(ArgSpec arg) {
        return EXAMPLES.containsKey(arg.paramLabel()) ? Optional.of(hint(arg)) : Optional.empty();
    }

    private static String hint(ArgSpec arg) {
        StringBuilder hint = new StringBuilder(arg.paramLabel());
        String[] description = arg.description();
        if (description.length > 0 && !description[0].isBlank()) {
            hint.append(": ").append(description[0]);
        }
        String example = EXAMPLES.get(arg.paramLabel());
        if (example != null && !hint.toString().contains("e.g.")) { // an example of its own is enough
            hint.append(hint.charAt(hint.length() - 1) == '.' ? " " : "; ").append(example);
        }
        return hint.toString();
    }
}
