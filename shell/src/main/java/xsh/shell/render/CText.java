package xsh.shell.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * printf's conversions as glibc does them, where Java's {@code String.format} differs: a
 * width counts bytes, not characters (a UTF-8 name of 40 characters may be wider than 40
 * bytes), and {@code %.Nf} rounds the double's exact binary value, ties to even
 * ({@code 0.25} is {@code 0.2} in C, {@code 0.3} in Java).
 */
public final class CText {

    private CText() {
    }

    /** {@code %-Ns}: the text, then spaces up to {@code width} bytes of UTF-8. */
    public static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - utf8Length(text)));
    }

    /** {@code %Ns}: spaces up to {@code width} bytes of UTF-8, then the text. */
    public static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - utf8Length(text))) + text;
    }

    /** {@code %W.Pf}. */
    public static String fixed(double value, int width, int precision) {
        String digits = new BigDecimal(value).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return padLeft(digits, width);
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
