package xsh.cfg.parse;

/**
 * Turns a STRING token into its value as libxlu's dequote does: single and double quotes
 * are equivalent; {@code \" \' \\} and {@code \a \b \f \n \r \t \v} are escapes; {@code \x}
 * always fails ({@link LibxluQuirk#HEX_ESCAPE_ALWAYS_FAILS}); {@code \0}..{@code \7} start an
 * "octal" escape that is read as decimal and then dropped ({@link LibxluQuirk#OCTAL_ESCAPE_VANISHES});
 * any other escape is an error. A NUL byte is refused ({@link LibxluQuirk#NUL_IN_STRING_CRASHES}).
 */
final class StringDequoter {

    /** Receives what is wrong with a string; {@code offset} is within the token text. */
    interface Problems {
        void error(int offset, String message);

        void warning(int offset, String message);
    }

    private StringDequoter() {
    }

    /**
     * @param token the token text, quotes included, one char per byte
     * @return the value, one char per byte (decode UTF-8 afterwards)
     */
    static String dequote(String token, Problems problems) {
        int end = token.length() - 1;
        if (token.indexOf('\\') < 0 && token.indexOf('\0') < 0) {
            return token.substring(1, end);
        }
        StringBuilder value = new StringBuilder(end);
        int i = 1;
        while (i < end) {
            char c = token.charAt(i++);
            if (c == '\0') {
                problems.error(i - 1, "NUL byte inside a string (xl would abort on it)");
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            int escapeAt = i - 1;
            char next = token.charAt(i++);
            switch (next) {
                case '"', '\'', '\\' -> value.append(next);
                case 'a' -> value.append('\007');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'v' -> value.append('\013');
                case 'x' -> {
                    problems.error(escapeAt, "hexadecimal escape `\\x` is not supported by xl; write the character itself");
                    return value.toString();
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int consumed = decimalDigitsSpan(token, i);
                    if (consumed < 2) {
                        problems.error(escapeAt, "octal escape `\\" + next + "` is not supported by xl; write the character itself");
                        return value.toString();
                    }
                    problems.warning(escapeAt, "escape `" + token.substring(escapeAt, i + consumed)
                            + "` produces nothing (xl drops such escapes); write the character itself");
                    i += consumed;
                }
                default -> {
                    problems.error(escapeAt, "unknown escape `\\" + printable(next)
                            + "` in string (xl knows \\\\ \\\" \\' \\a \\b \\f \\n \\r \\t \\v)");
                    return value.toString();
                }
            }
        }
        return value.toString();
    }

    /**
     * How many of the (at most three) chars from {@code from} strtoul would consume in base
     * 10: leading white space, a sign, then digits; 0 when there are no digits.
     */
    private static int decimalDigitsSpan(String token, int from) {
        int limit = Math.min(from + 3, token.length());
        int i = from;
        while (i < limit && isCSpace(token.charAt(i))) {
            i++;
        }
        if (i < limit && (token.charAt(i) == '+' || token.charAt(i) == '-')) {
            i++;
        }
        int digitsStart = i;
        while (i < limit && token.charAt(i) >= '0' && token.charAt(i) <= '9') {
            i++;
        }
        return i == digitsStart ? 0 : i - from;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    private static String printable(char c) {
        return c < 0x20 || c >= 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c);
    }
}
