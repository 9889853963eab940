package xsh.hv.dom0;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import xsh.hv.HvError;
import xsh.hv.HvException;

/**
 * Where a host keeps Xen's files: its domain configs, its logs ({@code xl-NAME.log},
 * {@code qemu-dm-NAME.log}), and its zvols' devices.
 */
public record Dom0Layout(Dom0Os os, String configDir, String logDir, String zvolPrefix) {

    /** The OS's own places. */
    public static Dom0Layout of(Dom0Os os) {
        return new Dom0Layout(os, os.configDir(), os.logDir(), os.zvolPrefix());
    }

    /** xl's monitor's log of a domain. */
    public String xlLog(String domainName) {
        return logDir + "/xl-" + domainName + ".log";
    }

    /** The device model's log of an HVM domain. */
    public String qemuLog(String domainName) {
        return logDir + "/qemu-dm-" + domainName + ".log";
    }

    /** A local file's text, or empty when it does not exist. */
    public static Optional<String> readLocal(String path) {
        try {
            return Optional.of(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | InvalidPathException e) {
            throw new HvException(HvError.FAIL, path + ": " + e.getMessage());
        }
    }
}
