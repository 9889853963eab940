package xsh.toolstack.zfs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Sizes as zfs reads and prints them: {@code 64M}, {@code 1.5G}, {@code 20G} in (1024-based
 * units), and zfs_nicenum's five-character form ({@code 8.12M}, {@code 11.2M}, {@code 207M},
 * {@code 0}, {@code 512}).
 */
public final class ZfsSizes {

    private static final String UNITS = "BKMGTPEZ";
    private static final String PRINTED_UNITS = "KMGTPE";

    private ZfsSizes() {
    }

    /** zfs_nicenum: bytes below 1024 as they are, exact multiples without decimals, otherwise as many decimals as fit in five characters. */
    public static String nice(long bytes) {
        BigInteger value = unsigned(bytes);
        BigInteger k = BigInteger.valueOf(1024);
        int index = 0;
        BigInteger n = value;
        while (n.compareTo(k) >= 0 && index < PRINTED_UNITS.length()) {
            n = n.divide(k);
            index++;
        }
        String unit = index == 0 ? "" : String.valueOf(PRINTED_UNITS.charAt(index - 1));
        BigInteger divisor = k.pow(index);
        if (index == 0 || value.mod(divisor).signum() == 0) {
            return n + unit;
        }
        double scaled = value.doubleValue() / divisor.doubleValue();
        String text = "";
        for (int decimals = 2; decimals >= 0; decimals--) {
            // the double's exact value, ties to even: what printf("%.*f") prints
            text = new BigDecimal(scaled).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + unit;
            if (text.length() <= 5) {
                break;
            }
        }
        return text;
    }

    /**
     * zfs_nicestrtonum: a number with an optional suffix B, K, M, G, T, P, E or Z (also
     * {@code KB}, {@code KiB}, any case); a decimal point makes it a fraction of the unit.
     *
     * @throws IllegalArgumentException with zfs's reason ({@code bad numeric value '1x'})
     */
    public static long parse(String text) {
        if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '.')) {
            throw new IllegalArgumentException("bad numeric value '" + text + "'");
        }
        int end = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        BigInteger limit = BigInteger.ONE.shiftLeft(64);
        if (end < text.length() && text.charAt(end) == '.') {
            int fractionEnd = end + 1;
            while (fractionEnd < text.length() && Character.isDigit(text.charAt(fractionEnd))) {
                fractionEnd++;
            }
            int shift = shift(text.substring(fractionEnd));
            BigDecimal value = new BigDecimal("0" + text.substring(0, fractionEnd) + "0")
                    .multiply(new BigDecimal(BigInteger.ONE.shiftLeft(shift)));
            BigInteger whole = value.toBigInteger();
            if (whole.compareTo(limit) >= 0) {
                throw new IllegalArgumentException("numeric value is too large");
            }
            return whole.longValue();
        }
        BigInteger number = new BigInteger(text.substring(0, end));
        int shift = shift(text.substring(end));
        BigInteger value = number.shiftLeft(shift);
        if (number.compareTo(limit) >= 0 || value.compareTo(limit) >= 0) {
            throw new IllegalArgumentException("numeric value is too large");
        }
        return value.longValue();
    }

    private static int shift(String suffix) {
        if (suffix.isEmpty()) {
            return 0;
        }
        int unit = UNITS.indexOf(Character.toUpperCase(suffix.charAt(0)));
        if (unit >= 0) {
            String rest = suffix.substring(1).toUpperCase(Locale.ROOT);
            boolean bytes = unit == 0;
            if (rest.isEmpty() || (!bytes && (rest.equals("B") || rest.equals("IB")))) {
                return 10 * unit;
            }
        }
        throw new IllegalArgumentException("invalid numeric suffix '" + suffix + "'");
    }

    /** A parsable size (zfs's unsigned 64-bit value) as a number. */
    static BigInteger unsigned(long bytes) {
        BigInteger value = BigInteger.valueOf(bytes);
        return bytes < 0 ? value.add(BigInteger.ONE.shiftLeft(64)) : value;
    }
}
