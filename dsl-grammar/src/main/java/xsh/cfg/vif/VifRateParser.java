package xsh.cfg.vif;

import java.util.regex.Pattern;

/**
 * The {@code rate=} syntax {@code N[GMK]?[Bb]/s[@N[mu]?s]}. The numbers are read like C's
 * {@code strtoull} with base 0, so a leading 0 makes them octal ({@code 010MB/s} is 8 MB/s)
 * exactly as in xl. K, M and G are decimal; a lower-case {@code b} means bits.
 */
final class VifRateParser {

    private static final Pattern BYTES_PER_SEC = Pattern.compile("[0-9]+[GMK]?[Bb]/s");
    private static final Pattern INTERVAL = Pattern.compile("[0-9]+[mu]?s?");
    private static final long UINT32_MAX = 0xffff_ffffL;
    private static final String SYNTAX =
            "expected N[K|M|G]B/s (bytes) or N[K|M|G]b/s (bits), optionally followed by @N[s|ms|us]";

    private final String source;
    private final String rate;

    VifRateParser(String source, String rate) {
        this.source = source;
        this.rate = rate;
    }

    VifRate parse() {
        int at = rate.indexOf('@');
        String amount = at < 0 ? rate : rate.substring(0, at);
        if (amount.isEmpty()) {
            throw error("no rate specified", rate, "vif rate '" + rate + "' has no amount before '@'");
        }
        long bytesPerSec = bytesPerSecond(amount);
        long intervalUsecs = at < 0 ? VifRate.DEFAULT_INTERVAL_USECS : intervalUsecs(rate.substring(at + 1));
        // xl refuses a rate whose product with the interval would not fit in 64 bits
        if (Long.compareUnsigned(bytesPerSec, Long.divideUnsigned(-1L, intervalUsecs)) > 0) {
            throw error("rate overflow", rate, "vif rate '" + rate + "' is too large");
        }
        return new VifRate(Long.divideUnsigned(bytesPerSec * intervalUsecs, 1_000_000L), intervalUsecs);
    }

    private long bytesPerSecond(String amount) {
        if (!BYTES_PER_SEC.matcher(amount).matches()) {
            throw error("invalid rate", amount, "vif rate '" + amount + "' is not a rate: " + SYNTAX);
        }
        LeadingNumber number = LeadingNumber.read(amount);
        if (number.value == 0 || number.value > UINT32_MAX) {
            throw error("rate overflow", amount,
                    "vif rate '" + amount + "' must be between 1 and " + UINT32_MAX + " before its unit");
        }
        long value = number.value;
        switch (number.charAt(amount, 0)) {
            case 'G' -> value *= 1_000_000_000L;
            case 'M' -> value *= 1_000_000L;
            case 'K' -> value *= 1_000L;
            default -> { }
        }
        // bits when the unit letter is b, looked up the way xl does (at or just after the number)
        if (number.charAt(amount, 0) == 'b' || number.charAt(amount, 1) == 'b') {
            value /= 8;
        }
        return value;
    }

    private long intervalUsecs(String interval) {
        if (!INTERVAL.matcher(interval).matches()) {
            throw error("invalid replenishment interval", interval,
                    "vif rate interval '" + interval + "' is not a duration: expected N, Ns, Nms or Nus");
        }
        LeadingNumber number = LeadingNumber.read(interval);
        String tooLong = "vif rate interval '" + interval + "' must be between 1 us and " + UINT32_MAX + " us";
        if (number.value == 0 || number.value > UINT32_MAX) {
            throw error("replenishment interval overflow", interval, tooLong);
        }
        long value = number.value;
        char unit = number.charAt(interval, 0);
        if (unit == 's' || unit == '\0') {
            value *= 1_000_000L;
        } else if (unit == 'm') {
            value *= 1_000L;
        }
        if (value > UINT32_MAX) {
            throw error("replenishment interval overflow", interval, tooLong);
        }
        return value;
    }

    private VifSpecException error(String what, String near, String human) {
        String xl = source + ": config parsing error in vif: " + what + " in `" + near + "'";
        return new VifSpecException(xl, human + " (" + source + ")");
    }

    /**
     * The leading number of a rate or interval as {@code strtoull(s, &end, 0)} reads it from
     * text that starts with a digit: octal after a leading 0, decimal otherwise. Values past
     * UINT32_MAX are capped there, which is all the callers need to know.
     */
    private record LeadingNumber(long value, int end) {

        static LeadingNumber read(String s) {
            int radix = s.charAt(0) == '0' ? 8 : 10;
            long value = 0;
            int i = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) < '0' + radix) {
                value = Math.min(value * radix + (s.charAt(i) - '0'), UINT32_MAX + 1);
                i++;
            }
            return new LeadingNumber(value, i);
        }

        /** The character {@code offset} places after the number, or NUL past the end as in C. */
        char charAt(String s, int offset) {
            int i = end + offset;
            return i < s.length() ? s.charAt(i) : '\0';
        }
    }
}
