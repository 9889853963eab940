package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.List;

/**
 * getopt(3) as zfs calls it, with glibc's argument permutation: options may come before,
 * between or after the operands ({@code -Hp}, {@code -d1}, {@code -d 1}); {@code --} ends the
 * options. An option letter that zfs does not know, or one that lacks its argument, is a usage
 * error worded as the command words it.
 */
final class Getopt {

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

    private Getopt() {
    }

    /**
     * Parses {@code args} against {@code spec} (getopt's optstring: a letter, followed by
     * {@code :} if it takes an argument; a leading {@code :} makes a missing argument its own
     * error, as zfs's commands that say {@code missing argument for 'o' option}).
     */
    static Parsed parse(List<String> args, String spec, String command) {
        boolean colonMode = spec.startsWith(":");
        List<Option> options = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.length() < 2 || arg.charAt(0) != '-') {
                operands.add(arg);
                continue;
            }
            for (int at = 1; at < arg.length(); at++) {
                char letter = arg.charAt(at);
                int index = letter == ':' ? -1 : spec.indexOf(letter, colonMode ? 1 : 0);
                if (index < 0) {
                    throw new ZfsUsageException("invalid option '" + letter + "'", command);
                }
                boolean takesArgument = index + 1 < spec.length() && spec.charAt(index + 1) == ':';
                if (!takesArgument) {
                    options.add(new Option(letter, null));
                    continue;
                }
                if (at + 1 < arg.length()) {
                    options.add(new Option(letter, arg.substring(at + 1)));
                } else if (i + 1 < args.size()) {
                    options.add(new Option(letter, args.get(++i)));
                } else if (colonMode) {
                    throw new MissingArgument(letter, command);
                } else {
                    throw new ZfsUsageException("invalid option '" + letter + "'", command);
                }
                break;
            }
        }
        return new Parsed(options, operands);
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
