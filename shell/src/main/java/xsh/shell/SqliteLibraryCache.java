package xsh.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's JNI library (the embedded host's database), kept out of the jar in a directory of
 * bin/xsh's cache. Left to itself, sqlite-jdbc copies the library from the jar into the temp
 * directory on every start, reads both copies back to compare them and deletes its copy at exit;
 * for a one-shot command that is a good part of its time. With the library in the cache and
 * {@code org.sqlite.lib.path} (set by bin/xsh) naming the directory, the driver loads it in place.
 */
final class SqliteLibraryCache {

    /** The driver's own properties: where its library is, and where it would copy one to. */
    static final String LIBRARY_PATH = "org.sqlite.lib.path";
    static final String TEMP_DIR = "org.sqlite.tmpdir";

    private SqliteLibraryCache() {
    }

    /**
     * Copies this platform's library into {@code dir}, which must not exist yet. The directory
     * appears whole or not at all (it is filled under a temporary name, then renamed), so a start
     * that sees it may use it. Returns false, leaving nothing behind, when the jar has no library
     * for this platform or the copy fails: the driver then extracts its own, as without a cache.
     */
    static boolean export(Path dir) {
        String name = LibraryLoaderUtil.getNativeLibName();
        Path parent = dir.toAbsolutePath().getParent();
        Path temp = null;
        try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            if (library == null) {
                return false;
            }
            temp = Files.createTempDirectory(parent, dir.getFileName() + ".");
            Files.copy(library, temp.resolve(name));
            Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            return false;
        }
    }

    /** Makes this process's driver load the library from {@code dir}, as bin/xsh's options do. */
    static void use(Path dir) {
        System.setProperty(LIBRARY_PATH, dir.toString());
        System.setProperty(TEMP_DIR, dir.toString());
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // what is left is in a temporary or cache directory: never worth failing for
        }
    }
}
