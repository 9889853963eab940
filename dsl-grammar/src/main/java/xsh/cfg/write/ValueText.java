package xsh.cfg.write;

import java.io.ByteArrayOutputStream;
import java.util.List;
import xsh.cfg.parse.SurrogateEscapedUtf8;

/**
 * The xl.cfg text of a new value: a number as its digits, a string quoted so libxlu reads
 * back exactly the same bytes, a list bracketed.
 */
public final class ValueText {

    private ValueText() {
    }

    public static byte[] number(long value) {
        if (value < 0) {
            // xl.cfg has no negative literals; a quoted number reads the same through strtol
            return string(Long.toString(value), '"');
        }
        return Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    public static byte[] string(String value, char quote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length() + 2);
        out.write(quote);
        for (byte b : SurrogateEscapedUtf8.encode(value)) {
            switch (b) {
                case '\\' -> write(out, "\\\\");
                case '\n' -> write(out, "\\n");
                case '\r' -> write(out, "\\r");
                case '\t' -> write(out, "\\t");
                case 0x07 -> write(out, "\\a");
                case '\b' -> write(out, "\\b");
                case '\f' -> write(out, "\\f");
                case 0x0b -> write(out, "\\v");
                case 0 -> throw new IllegalArgumentException("xl.cfg strings cannot hold a NUL byte");
                default -> {
                    if (b == quote) {
                        out.write('\\');
                    }
                    out.write(b);
                }
            }
        }
        out.write(quote);
        return out.toByteArray();
    }

    public static byte[] stringList(List<String> items, char quote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                write(out, ", ");
            }
            byte[] item = string(items.get(i), quote);
            out.write(item, 0, item.length);
        }
        out.write(']');
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            out.write(ascii.charAt(i));
        }
    }
}
