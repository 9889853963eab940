package xsh.toolstack.getopt;

/**
 * A long option as getopt_long knows it ({@code struct option}): its name, whether it takes
 * an argument, and the code getopt returns for it: a short option's letter, or a number above
 * 0xff for an option without a letter (xl's {@code migrate --debug}).
 */
public record LongOption(String name, boolean takesArgument, int code) {

    /** Whether {@code code} stands for a letter, so the option is also {@code -x}. */
    public static boolean isLetter(int code) {
        return code > 0 && code <= 0xff;
    }
}
