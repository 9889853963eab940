package xsh.cfg.size;

/**
 * What C's {@code strtoll(s, &end, 10)} reads from the front of a string: leading blanks
 * and a sign are accepted and an overflow is clamped to LLONG_MAX or LLONG_MIN (xl does
 * not check errno, so the clamped value is used).
 *
 * @param value the result
 * @param end   index after the last digit, or the start index when nothing converted
 */
record CSignedDecimal(long value, int end) {

    static CSignedDecimal parse(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long magnitude = 0; // kept negative so that LLONG_MIN fits
        boolean overflow = false;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int d = s.charAt(i) - '0';
            if (magnitude < (Long.MIN_VALUE + d) / 10) {
                overflow = true;
            } else {
                magnitude = magnitude * 10 - d;
            }
        }
        if (i == digitsStart) {
            return new CSignedDecimal(0, 0);
        }
        if (overflow) {
            return new CSignedDecimal(negative ? Long.MIN_VALUE : Long.MAX_VALUE, i);
        }
        if (!negative && magnitude == Long.MIN_VALUE) {
            return new CSignedDecimal(Long.MAX_VALUE, i);
        }
        return new CSignedDecimal(negative ? magnitude : -magnitude, i);
    }
}
