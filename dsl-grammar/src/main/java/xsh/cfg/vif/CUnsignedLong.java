package xsh.cfg.vif;

/**
 * What C's {@code strtoul} reads from the front of a string, so that vif values that xl
 * accepts by accident (leading blanks, a sign, a {@code 0x} prefix, trailing junk) are
 * accepted here too.
 *
 * @param value the unsigned 64-bit result, wrapped like glibc: {@code "-1"} gives
 *              {@code ULONG_MAX}, and so does any overflow
 * @param end   index just after the last character used; equal to the start index when
 *              nothing was converted (C's {@code endptr == nptr})
 */
record CUnsignedLong(long value, int end) {

    static final long ULONG_MAX = -1L;

    boolean convertedFrom(int start) {
        return end != start;
    }

    static CUnsignedLong parse(CharSequence s, int start, int base) {
        int i = start;
        while (i < s.length() && isCSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        // glibc skips "0x" for base 16 only when a hex digit follows; otherwise the "0"
        // alone is the number and the parse stops at the 'x'.
        if (base == 16 && i + 2 < s.length() && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && digit(s.charAt(i + 2), 16) >= 0) {
            i += 2;
        }
        long cutoff = Long.divideUnsigned(ULONG_MAX, base);
        long cutlim = Long.remainderUnsigned(ULONG_MAX, base);
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        for (; i < s.length(); i++) {
            int d = digit(s.charAt(i), base);
            if (d < 0) {
                break;
            }
            if (Long.compareUnsigned(value, cutoff) > 0 || (value == cutoff && d > cutlim)) {
                overflow = true;
            } else {
                value = value * base + d;
            }
        }
        if (i == digitsStart) {
            return new CUnsignedLong(0, start);
        }
        if (overflow) {
            return new CUnsignedLong(ULONG_MAX, i);
        }
        return new CUnsignedLong(negative ? -value : value, i);
    }

    private static boolean isCSpace(char c) {
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
