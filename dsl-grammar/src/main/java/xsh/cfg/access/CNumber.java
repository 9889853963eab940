package xsh.cfg.access;

/**
 * C's {@code strtol(s, &end, 0)} as xl reads numbers: leading white space, an optional sign,
 * {@code 0x} hexadecimal, a leading {@code 0} octal, else decimal; the whole text must be
 * consumed. So {@code " 12"} is 12 but {@code "12 "} is no number, {@code 0x200} is 512 and
 * {@code 08} is no number.
 */
public final class CNumber {

    /** The outcome of reading a text as a number. */
    public enum Outcome { OK, NOT_A_NUMBER, OUT_OF_RANGE }

    /** A parse result: the value when {@code outcome} is OK. */
    public record Result(Outcome outcome, long value) {
        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    private CNumber() {
    }

    public static Result parseLong(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (i + 1 < n && text.charAt(i) == '0' && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')
                && i + 2 < n && Character.digit(text.charAt(i + 2), 16) >= 0) {
            radix = 16;
            i += 2;
        } else if (i < n && text.charAt(i) == '0') {
            radix = 8;
        }
        int digitsStart = i;
        // accumulate negatively so Long.MIN_VALUE fits
        long value = 0;
        boolean overflow = false;
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        while (i < n) {
            int digit = Character.digit(text.charAt(i), radix);
            if (digit < 0 || text.charAt(i) > 0x7f) {
                break;
            }
            if (!overflow) {
                if (value < (limit + digit) / radix) {
                    overflow = true;
                } else {
                    value = value * radix - digit;
                }
            }
            i++;
        }
        if (i == digitsStart || i != n) {
            return new Result(Outcome.NOT_A_NUMBER, 0);
        }
        if (overflow) {
            return new Result(Outcome.OUT_OF_RANGE, 0);
        }
        return new Result(Outcome.OK, negative ? value : -value);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }
}
