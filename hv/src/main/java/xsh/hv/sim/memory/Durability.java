package xsh.hv.sim.memory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Making a rename or a new file's name survive a power loss, not only a killed process. */
final class Durability {

    private Durability() {
    }

    /** Syncs a directory, so the names created, renamed or removed in it are on disk. */
    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems refuse to sync a directory; their renames are then as durable as they get
            if (!isUnsupported(e)) {
                throw e;
            }
        }
    }

    private static boolean isUnsupported(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Invalid argument") || message.contains("Is a directory");
    }
}
