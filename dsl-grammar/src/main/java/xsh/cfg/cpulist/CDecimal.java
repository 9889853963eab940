package xsh.cfg.cpulist;

/**
 * What C's {@code strtoul(s, &end, 10)} reads from the front of a string: leading blanks
 * and a sign are accepted, a minus wraps ({@code "-1"} is {@code ULONG_MAX}), and an
 * overflow gives {@code ULONG_MAX}. xl's CPULIST ranges are read this way.
 *
 * @param value the unsigned 64-bit result
 * @param end   index after the last digit, or the start index when nothing converted
 */
record CDecimal(long value, int end) {

    static final long ULONG_MAX = -1L;

    static CDecimal parse(String s, int start) {
        int i = start;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long cutoff = Long.divideUnsigned(ULONG_MAX, 10);
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int d = s.charAt(i) - '0';
            if (Long.compareUnsigned(value, cutoff) > 0 || (value == cutoff && d > 5)) {
                overflow = true; // ULONG_MAX ends in 5
            } else {
                value = value * 10 + d;
            }
        }
        if (i == digitsStart) {
            return new CDecimal(0, start);
        }
        return new CDecimal(overflow ? ULONG_MAX : negative ? -value : value, i);
    }
}
