package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.List;
import xsh.toolstack.getopt.Getopt;

/**
 * zfs's commands read their options with getopt(3), glibc's, which permutes: options may come
 * before, between or after the operands ({@code -Hp}, {@code -d1}, {@code -d 1}); {@code --}
 * ends the options. An option letter that zfs does not know, or one that lacks its argument,
 * is a usage error worded as the command words it.
 */
final class ZfsGetopt {

    /** One option as getopt returns it: the letter and its argument, if it takes one. */
    record Option(char letter, String argument) {
    }

    /** The options in order and the operands left over. */
    record Parsed(List<Option> options, List<String> operands) {
        boolean has(char letter) {
            return options.stream().anyMatch(o -> o.letter() == letter);
        }

        /** The last argument given to the option, as zfs keeps the last one. */
        String last(char letter) {
            String value = null;
            for (Option o : options) {
                if (o.letter() == letter) {
                    value = o.argument();
                }
            }
            return value;
        }

        List<String> all(char letter) {
            List<String> values = new ArrayList<>();
            for (Option o : options) {
                if (o.letter() == letter) {
                    values.add(o.argument());
                }
            }
            return values;
        }
    }

    private ZfsGetopt() {
    }

    /**
     * Parses {@code args} against {@code spec} (getopt's optstring; a leading {@code :} makes a
     * missing argument its own error, as zfs's commands that say
     * {@code missing argument for 'o' option}).
     */
    static Parsed parse(List<String> args, String spec, String command) {
        Getopt.Result result = Getopt.parse(args, spec);
        if (result.failure().isPresent()) {
            Getopt.Failure failure = result.failure().get();
            char letter = (char) failure.optopt();
            if (failure.missingArgument() && spec.startsWith(":")) {
                throw new MissingArgument(letter, command);
            }
            throw new ZfsUsageException("invalid option '" + letter + "'", command);
        }
        List<Option> options = result.options().stream()
                .map(o -> new Option((char) o.code(), o.argument()))
                .toList();
        return new Parsed(options, result.operands());
    }

    /** getopt's {@code ':'}: an option that takes an argument came last. */
    static final class MissingArgument extends ZfsUsageException {
        private final char letter;

        MissingArgument(char letter, String command) {
            super("missing argument for '" + letter + "' option", command);
            this.letter = letter;
        }

        char letter() {
            return letter;
        }
    }
}
