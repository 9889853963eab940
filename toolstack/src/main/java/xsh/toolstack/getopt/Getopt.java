package xsh.toolstack.getopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * glibc's {@code getopt} and {@code getopt_long}, as xl and zfs call them: short options
 * clustered ({@code -pc}), an argument attached or in the next word ({@code -fFILE},
 * {@code -f FILE}), long options with {@code =} or the next word, abbreviated to any
 * unambiguous prefix, {@code --} ending the options, and operands anywhere (GNU permutation)
 * unless the option string starts with {@code +}, which ends the options at the first operand.
 * A lone {@code -} is an operand. A {@code :} that leads the option string (after any
 * {@code +}) only changes how the caller words a missing argument, as getopt's return value does.
 *
 * <p>Parsing stops at the first option getopt reports as {@code '?'} (or {@code ':'}), since
 * xl and zfs exit there; the options before it are kept, because xl has acted on them
 * ({@code -h} prints help).
 */
public final class Getopt {

    /** An option, in command-line order: its code (the letter, or a long option's code) and its argument, or null. */
    public record Option(int code, String argument) {
    }

    /**
     * What getopt reports as {@code '?'}: an unknown option, a missing argument, an argument to a
     * long option that takes none, an ambiguous long prefix. {@code optopt} is what glibc leaves
     * in {@code optopt}: the letter or the long option's code; 0 for a long option it could not
     * name. {@code missingArgument}: the option is known but its argument is missing (getopt's
     * {@code ':'} when the option string leads with one).
     */
    public record Failure(int optopt, boolean missingArgument) {
    }

    /** The options up to the first failure, that failure if any, and the operands in their order. */
    public record Result(List<Option> options, Optional<Failure> failure, List<String> operands) {
    }

    private final List<String> args;
    private final String letters;
    private final boolean operandEndsOptions;
    private final List<LongOption> longOptions;
    private final List<Option> options = new ArrayList<>();
    private final List<String> operands = new ArrayList<>();
    private int next;

    private Getopt(List<String> args, String optstring, List<LongOption> longOptions) {
        this.args = List.copyOf(args);
        this.operandEndsOptions = optstring.startsWith("+");
        String rest = operandEndsOptions ? optstring.substring(1) : optstring;
        this.letters = rest.startsWith(":") ? rest.substring(1) : rest;
        this.longOptions = longOptions;
    }

    /** {@code getopt(3)}: no long options, so {@code --x} is the unknown short option {@code -}. */
    public static Result parse(List<String> args, String optstring) {
        return new Getopt(args, optstring, null).scan();
    }

    /** {@code getopt_long(3)}. */
    public static Result parse(List<String> args, String optstring, List<LongOption> longOptions) {
        return new Getopt(args, optstring, List.copyOf(longOptions)).scan();
    }

    private Result scan() {
        while (next < args.size()) {
            String arg = args.get(next++);
            if (arg.equals("--")) {
                operands.addAll(args.subList(next, args.size()));
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (operandEndsOptions) {
                    operands.addAll(args.subList(next - 1, args.size()));
                    break;
                }
                operands.add(arg);
                continue;
            }
            Optional<Failure> failure = longOptions != null && arg.startsWith("--")
                    ? longOption(arg.substring(2))
                    : shortOptions(arg.substring(1));
            if (failure.isPresent()) {
                return new Result(List.copyOf(options), failure, List.copyOf(operands));
            }
        }
        return new Result(List.copyOf(options), Optional.empty(), List.copyOf(operands));
    }

    private Optional<Failure> shortOptions(String cluster) {
        for (int i = 0; i < cluster.length(); i++) {
            char letter = cluster.charAt(i);
            int at = letter == ':' || letter == ';' ? -1 : letters.indexOf(letter);
            if (at < 0) {
                return Optional.of(new Failure(letter, false));
            }
            if (!followedByColon(at)) {
                options.add(new Option(letter, null));
                continue;
            }
            String attached = cluster.substring(i + 1);
            if (!attached.isEmpty()) {
                options.add(new Option(letter, attached));
            } else if (followedByColon(at + 1)) {
                options.add(new Option(letter, null)); // an optional argument is only ever attached
            } else if (next < args.size()) {
                options.add(new Option(letter, args.get(next++)));
            } else {
                return Optional.of(new Failure(letter, true));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean followedByColon(int at) {
        return at + 1 < letters.length() && letters.charAt(at + 1) == ':';
    }

    private Optional<Failure> longOption(String text) {
        int equals = text.indexOf('=');
        String name = equals < 0 ? text : text.substring(0, equals);
        Optional<LongOption> found = named(name);
        if (found.isEmpty()) {
            return Optional.of(new Failure(0, false));
        }
        LongOption option = found.get();
        if (equals >= 0) {
            if (!option.takesArgument()) {
                return Optional.of(new Failure(option.code(), false));
            }
            options.add(new Option(option.code(), text.substring(equals + 1)));
        } else if (!option.takesArgument()) {
            options.add(new Option(option.code(), null));
        } else if (next < args.size()) {
            options.add(new Option(option.code(), args.get(next++)));
        } else {
            return Optional.of(new Failure(option.code(), true));
        }
        return Optional.empty();
    }

    /**
     * The long option {@code name} stands for: its exact name, else the only option it
     * abbreviates; options that differ only by name (aliases with the same code and argument)
     * do not make a prefix ambiguous.
     */
    private Optional<LongOption> named(String name) {
        List<LongOption> prefixed = new ArrayList<>();
        for (LongOption option : longOptions) {
            if (option.name().equals(name)) {
                return Optional.of(option);
            }
            if (option.name().startsWith(name)) {
                prefixed.add(option);
            }
        }
        if (prefixed.isEmpty()) {
            return Optional.empty();
        }
        LongOption first = prefixed.get(0);
        boolean ambiguous = prefixed.stream()
                .anyMatch(o -> o.code() != first.code() || o.takesArgument() != first.takesArgument());
        return ambiguous ? Optional.empty() : Optional.of(first);
    }
}
