package xsh.hv.coredump;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import xsh.hv.GuestMemory;

/**
 * Writes a core file so that it appears whole or not at all: under a temporary name beside
 * it, forced to disk, then renamed over it (replacing an older core of the same name), and
 * the directory forced so the rename lasts. A failure leaves no temporary file behind.
 */
public final class CoreFile {

    private CoreFile() {
    }

    public static void write(Path file, CoreIdentity who, GuestMemory memory) throws IOException {
        Path target = writable(file.toAbsolutePath());
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                ElfCore.write(out, who, memory);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            syncDirectory(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The file the core replaces: through a symbolic link, the file it names (as open(2) writes
     * through one, where a rename would replace the link). A directory, device or FIFO is
     * refused: the rename would put the core in its place (a core "written" to /dev/null would
     * replace the device).
     */
    static Path writable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return target;
        }
        if (Files.isDirectory(target)) {
            throw new IOException("Is a directory");
        }
        if (!Files.isRegularFile(target)) {
            throw new IOException("not a regular file");
        }
        return target.toRealPath();
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be synced; the rename is done either way
        }
    }
}
