package xsh.toolstack.oserror;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The words C's {@code strerror} gives for a failed file operation, as xl prints them after
 * a file's name ({@code Failed to read config file: F: No such file or directory}).
 */
public final class Strerror {

    private Strerror() {
    }

    public static String of(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof InvalidPathException) {
            return "Invalid argument";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null ? "Input/output error" : reason;
    }
}
