package xsh.toolstack.preflight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import xsh.error.XshException;
import xsh.toolstack.oserror.Strerror;

/**
 * A Dom0's files as its own absolute paths name them ({@code /etc/rc.conf}), found under a
 * root directory: / on the machine itself, or a copy of its tree.
 */
public final class Dom0Tree {

    private final Path root;

    private Dom0Tree(Path root) {
        this.root = root;
    }

    /** The tree under {@code root}, which must be a directory. */
    public static Dom0Tree at(Path root) {
        if (!Files.isDirectory(root)) {
            String why = Files.exists(root) ? "Not a directory" : "No such file or directory";
            throw new XshException("host check: --root " + root + ": " + why, 1);
        }
        return new Dom0Tree(root);
    }

    public Path root() {
        return root;
    }

    /** Where the Dom0's {@code path} is on this machine. */
    public Path resolve(String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The file's text, or empty when there is no such file (or it cannot be read). */
    public Optional<String> read(String path) {
        Path file = resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new XshException("host check: " + file + ": " + Strerror.of(e), 1, e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(resolve(path));
    }

    public boolean isDirectory(String path) {
        return Files.isDirectory(resolve(path));
    }

    /** When the file was last changed, if it exists. */
    public Optional<FileTime> modified(String path) {
        try {
            return Optional.of(Files.getLastModifiedTime(resolve(path)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The names in a directory, sorted; none when it is not one. */
    public List<String> list(String dir) {
        Path d = resolve(dir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(d)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
