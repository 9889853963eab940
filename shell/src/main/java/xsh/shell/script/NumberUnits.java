package xsh.shell.script;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import xsh.error.XshException;
import xsh.shell.dsl.Size;

/**
 * Groovy properties on numbers, for scripts: {@code 60.seconds}, {@code 0.2.seconds},
 * {@code 5.minutes}, {@code 2.hours}, {@code 250.milliseconds} are {@link Duration}s;
 * {@code 4.KiB}, {@code 512.MiB}, {@code 1.5.GiB} are {@link Size}s. A Groovy extension module
 * (META-INF/groovy), so they work in every script without a category.
 */
public final class NumberUnits {

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private NumberUnits() {
    }

    public static Duration getMilliseconds(Number self) {
        return nanos(self, BigDecimal.valueOf(1_000_000L));
    }

    public static Duration getSeconds(Number self) {
        return nanos(self, NANOS_PER_SECOND);
    }

    public static Duration getMinutes(Number self) {
        return nanos(self, NANOS_PER_SECOND.multiply(BigDecimal.valueOf(60)));
    }

    public static Duration getHours(Number self) {
        return nanos(self, NANOS_PER_SECOND.multiply(BigDecimal.valueOf(3600)));
    }

    public static Size getKiB(Number self) {
        return bytes(self, Size.KIB, "KiB");
    }

    public static Size getMiB(Number self) {
        return bytes(self, Size.MIB, "MiB");
    }

    public static Size getGiB(Number self) {
        return bytes(self, Size.GIB, "GiB");
    }

    private static Duration nanos(Number amount, BigDecimal nanosPerUnit) {
        // to the nanosecond: 0.2.seconds is 200 ms exactly, not what the double 0.2 approximates
        BigDecimal nanos = decimal(amount).multiply(nanosPerUnit).setScale(0, RoundingMode.HALF_UP);
        return Duration.ofNanos(nanos.longValueExact());
    }

    private static Size bytes(Number amount, long bytesPerUnit, String unit) {
        BigDecimal bytes = decimal(amount).multiply(BigDecimal.valueOf(bytesPerUnit));
        if (bytes.signum() < 0) {
            throw new XshException("a size cannot be negative: " + amount + " " + unit, 1);
        }
        try {
            return new Size(bytes.stripTrailingZeros().longValueExact());
        } catch (ArithmeticException e) {
            throw new XshException("a size is a whole number of bytes: " + amount + " " + unit
                    + " is " + bytes.stripTrailingZeros().toPlainString() + " bytes", 1);
        }
    }

    private static BigDecimal decimal(Number amount) {
        // the digits as written: a double's 0.2 is not its binary fraction
        return amount instanceof BigDecimal decimal ? decimal : new BigDecimal(amount.toString());
    }
}
