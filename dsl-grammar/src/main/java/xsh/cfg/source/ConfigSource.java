package xsh.cfg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import xsh.error.XshException;

/**
 * The bytes of one configuration and the name diagnostics call it by: the path as the user
 * gave it, or {@code command line} for key=value arguments. xl.cfg is read as bytes, not
 * text: a file need not be valid UTF-8, and positions are byte offsets.
 */
public final class ConfigSource {

    private final String name;
    private final byte[] bytes;
    private final boolean ascii;

    private ConfigSource(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        this.ascii = isAscii(bytes);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    public static ConfigSource of(String name, byte[] bytes) {
        return new ConfigSource(name, bytes.clone());
    }

    public static ConfigSource of(String name, String text) {
        return new ConfigSource(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a file, naming it as the user wrote {@code path}; a missing file is a one-line error. */
    public static ConfigSource read(Path path) {
        try {
            return new ConfigSource(path.toString(), Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new XshException(path + ": no such file", 1, e);
        } catch (IOException e) {
            throw new XshException(path + ": cannot read: " + reason(e), 1, e);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public String name() {
        return name;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The bytes without a copy, for the lexer: a caller must never write to them. */
    public ByteBuffer sharedBytes() {
        return ByteBuffer.wrap(bytes);
    }

    /**
     * The 1-based column a person sees for a byte offset: UTF-8 continuation bytes do not
     * start a new character, so they do not count.
     */
    public int columnOf(int offset, int lineStartOffset) {
        if (ascii) {
            return offset - lineStartOffset + 1;
        }
        int column = 1;
        for (int i = lineStartOffset; i < offset && i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigSource other && name.equals(other.name) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return name;
    }
}
