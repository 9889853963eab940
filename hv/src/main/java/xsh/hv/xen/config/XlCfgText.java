package xsh.hv.xen.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.write.ValueText;

/**
 * xl.cfg being written, one {@code key = value} per line. Strings are quoted by the project's
 * one xl.cfg quoter, so libxlu reads back exactly the value given (a newline as {@code \n});
 * a value xl.cfg cannot hold (a NUL byte) becomes a comment instead of a broken line.
 */
final class XlCfgText {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    XlCfgText string(String key, String value) {
        try {
            byte[] quoted = ValueText.string(value, '"');
            line(key, quoted);
        } catch (IllegalArgumentException unwritable) {
            comment(key + " not carried: " + unwritable.getMessage());
        }
        return this;
    }

    XlCfgText string(String key, Optional<String> value) {
        value.ifPresent(v -> string(key, v));
        return this;
    }

    XlCfgText number(String key, long value) {
        line(key, ValueText.number(value));
        return this;
    }

    XlCfgText number(String key, OptionalLong value) {
        value.ifPresent(v -> number(key, v));
        return this;
    }

    /** An on/off key as xl reads it: 1 or 0. */
    XlCfgText flag(String key, boolean on) {
        return number(key, on ? 1 : 0);
    }

    XlCfgText stringList(String key, List<String> values) {
        try {
            line(key, ValueText.stringList(values, '"'));
        } catch (IllegalArgumentException unwritable) {
            comment(key + " not carried: " + unwritable.getMessage());
        }
        return this;
    }

    /** A line for a person: what libxl holds that this text does not carry. */
    XlCfgText comment(String text) {
        // a comment runs to the end of its line, so no control character may end it early
        write("# libxl: " + text.replaceAll("\\p{Cntrl}", " ") + "\n");
        return this;
    }

    /** This text followed by {@code other}'s. */
    XlCfgText append(XlCfgText other) {
        byte[] bytes = other.out.toByteArray();
        out.write(bytes, 0, bytes.length);
        return this;
    }

    ConfigSource source(String name) {
        return ConfigSource.of(name, out.toByteArray());
    }

    private void line(String key, byte[] value) {
        write(key + " = ");
        out.write(value, 0, value.length);
        write("\n");
    }

    private void write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }
}
