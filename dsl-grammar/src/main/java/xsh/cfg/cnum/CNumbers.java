package xsh.cfg.cnum;

import java.util.Objects;

/**
 * glibc's {@code strtol} and {@code strtoul} over Java text, in the C locale xl runs in.
 *
 * <p>Both read from {@code start}: C white space ({@code isspace}: space, {@code \t},
 * {@code \n}, {@code \v}, {@code \f}, {@code \r}), an optional {@code +} or {@code -},
 * then digits of the base. Base 0 picks the base from the text: {@code 0x} or {@code 0X}
 * is hexadecimal, a leading {@code 0} octal, anything else decimal. For base 0 and 16 the
 * {@code 0x} is skipped only when a hexadecimal digit follows it; otherwise the {@code 0}
 * alone is the number and the end is at the {@code x}, as glibc does. Digits are ASCII
 * only, so no other script's digits and no fullwidth letters are read.
 *
 * <p>{@code long} and {@code long long} are both 64 bits on the hosts Xen runs on, so
 * C's {@code strtoll} and {@code strtoull} are {@link #strtol} and {@link #strtoul}.
 * glibc's C23 {@code 0b} prefix is not read: xl is not built as a C23 program.
 */
public final class CNumbers {

    /** C's {@code ULONG_MAX}: all 64 bits set, which Java's signed long shows as -1. */
    public static final long ULONG_MAX = -1L;

    private CNumbers() {
    }

    /**
     * C's {@code strtol(s + start, &end, base)}: an overflow is clamped to
     * {@code LONG_MAX}, or {@code LONG_MIN} for a negative number.
     *
     * @param base 0, or 2 to 36
     */
    public static Conversion strtol(CharSequence s, int start, int base) {
        Scan scan = Scan.of(s, start, base);
        // The clamp value is also the largest magnitude that fits: 2^63 only when negative.
        long limit = scan.negative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (scan.overflowed() || Long.compareUnsigned(scan.magnitude(), limit) > 0) {
            return new Conversion(limit, scan.end(), true);
        }
        return new Conversion(scan.signedMagnitude(), scan.end(), false);
    }

    /**
     * C's {@code strtoul(s + start, &end, base)}: a minus sign negates in unsigned
     * arithmetic, so {@code "-1"} is {@code ULONG_MAX} and not an overflow, while a
     * magnitude above {@code ULONG_MAX} gives {@code ULONG_MAX} whatever the sign.
     *
     * @param base 0, or 2 to 36
     */
    public static Conversion strtoul(CharSequence s, int start, int base) {
        Scan scan = Scan.of(s, start, base);
        if (scan.overflowed()) {
            return new Conversion(ULONG_MAX, scan.end(), true);
        }
        return new Conversion(scan.signedMagnitude(), scan.end(), false);
    }

    /**
     * libxlu's reading of a setting as a number: {@code strtol(text, &end, 0)}, and the
     * whole text must be used. So {@code " 12"} is 12 but {@code "12 "} is no number,
     * {@code 0x200} is 512 and {@code 08} is no number. libxlu looks at errno before the
     * end pointer, so digits that overflow are out of range even with junk after them.
     */
    public static WholeNumber wholeLong(CharSequence text) {
        Conversion c = strtol(text, 0, 0);
        if (c.overflowed()) {
            return new WholeNumber(WholeNumber.Outcome.OUT_OF_RANGE, 0);
        }
        if (c.end() == 0 || c.end() != text.length()) {
            return new WholeNumber(WholeNumber.Outcome.NOT_A_NUMBER, 0);
        }
        return new WholeNumber(WholeNumber.Outcome.OK, c.value());
    }

    /**
     * The part strtol and strtoul share, as in glibc: the sign and the magnitude read as
     * an unsigned 64-bit number, each function then deciding what fits.
     *
     * @param overflowed the magnitude exceeded {@code ULONG_MAX}; digits are still consumed
     */
    private record Scan(boolean negative, long magnitude, int end, boolean overflowed) {

        static Scan of(CharSequence s, int start, int base) {
            Objects.checkIndex(start, s.length() + 1);
            if (base != 0 && (base < 2 || base > 36)) {
                throw new IllegalArgumentException("base " + base + " is not 0 or 2 to 36");
            }
            int i = start;
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            boolean negative = false;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            if ((base == 0 || base == 16) && hexPrefixAt(s, i)) {
                base = 16;
                i += 2;
            } else if (base == 0) {
                base = i < s.length() && s.charAt(i) == '0' ? 8 : 10;
            }
            long cutoff = Long.divideUnsigned(ULONG_MAX, base);
            long cutlim = Long.remainderUnsigned(ULONG_MAX, base);
            int digitsStart = i;
            long magnitude = 0;
            boolean overflowed = false;
            for (; i < s.length(); i++) {
                int d = digit(s.charAt(i), base);
                if (d < 0) {
                    break;
                }
                if (Long.compareUnsigned(magnitude, cutoff) > 0 || (magnitude == cutoff && d > cutlim)) {
                    overflowed = true;
                } else {
                    magnitude = magnitude * base + d;
                }
            }
            if (i == digitsStart) {
                // nothing converted: C leaves endptr at nptr, before any blanks or sign
                return new Scan(false, 0, start, false);
            }
            return new Scan(negative, magnitude, i, overflowed);
        }

        /** The magnitude with its sign applied in 64-bit two's complement, as C's unsigned negation. */
        long signedMagnitude() {
            return negative ? -magnitude : magnitude;
        }

        private static boolean hexPrefixAt(CharSequence s, int i) {
            return i + 2 < s.length() && s.charAt(i) == '0'
                    && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                    && digit(s.charAt(i + 2), 16) >= 0;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        private static int digit(char c, int base) {
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'z') {
                d = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'Z') {
                d = c - 'A' + 10;
            } else {
                return -1;
            }
            return d < base ? d : -1;
        }
    }
}
