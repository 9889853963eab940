package xsh.toolstack.vmcontrol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import xsh.error.XshException;
import xsh.cfg.source.ConfigSource;
import xsh.toolstack.oserror.Strerror;

/**
 * The text {@code xl create} parses: the configuration file's bytes, then the command
 * line's {@code key=value} words, each on a line of its own, so that a later setting wins
 * and {@code disk+=[...]} adds to the file's list. xl joins them as
 * {@code FILE "\n" ARG1 "\n" ARG2 "\n" "\n"}; diagnostics of an argument therefore name the
 * file and a line past its end, as xl's do.
 */
public final class ConfigFileReader {

    /** libxl's ERROR_FAIL: {@code xl create} exits 3 when the file cannot be read. */
    static final int READ_FAILURE_EXIT = 3;
    /** libxl's ERROR_INVAL: no file and no save image to take a configuration from. */
    static final int NO_CONFIG_EXIT = 6;

    /** xl reads {@code /dev/null} as an empty file, without asking libxl (which takes only plain files). */
    static final String NO_FILE = "/dev/null";
    /** C's strerror(ENOTTY), libxl's errno for a file that is not a plain file. */
    static final String NOT_A_PLAIN_FILE = "Inappropriate ioctl for device";

    private ConfigFileReader() {
    }

    /**
     * Reads {@code file} and appends {@code overrides} as xl does.
     *
     * @throws XshException {@code Failed to read config file: F: strerror} (exit 3; a directory or
     *         device is {@code Inappropriate ioctl for device}, as in libxl), or
     *         {@code Config file not specified and none in save file} (exit 6) without a file
     */
    public static ConfigSource read(Optional<String> file, List<String> overrides) {
        String name = file.orElseThrow(
                () -> new XshException("Config file not specified and none in save file", NO_CONFIG_EXIT));
        return ConfigSource.of(name, withOverrides(contents(name), overrides));
    }

    /** xl's {@code "\n%s\n"} around the arguments, each of which already ends in a newline. */
    static byte[] withOverrides(byte[] file, List<String> overrides) {
        if (overrides.isEmpty()) {
            return file;
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream(file.length + 64);
        text.writeBytes(file);
        text.write('\n');
        for (String override : overrides) {
            text.writeBytes(override.getBytes(StandardCharsets.UTF_8));
            text.write('\n');
        }
        text.write('\n');
        return text.toByteArray();
    }

    private static byte[] contents(String name) {
        if (name.equals(NO_FILE)) {
            return new byte[0];
        }
        try {
            if (name.isEmpty()) {
                throw new NoSuchFileException(name); // C's fopen(""), where Java's empty path is the directory
            }
            Path path = Path.of(name);
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // libxl reads only plain files (a directory, /dev/zero or a FIFO would never end
                // or make no sense) and fails with ENOTTY
                throw new XshException("Failed to read config file: " + name + ": " + NOT_A_PLAIN_FILE, READ_FAILURE_EXIT);
            }
            return Files.readAllBytes(path);
        } catch (IOException | InvalidPathException e) {
            throw new XshException("Failed to read config file: " + name + ": " + Strerror.of(e), READ_FAILURE_EXIT, e);
        }
    }
}
