package xsh.hv.sim.memory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one memory in its directory, all named {@code memory*} so they can share
 * the domain's directory: the state, the data file of each generation (a restore writes a
 * new generation beside the old one and switches by replacing the state), and the state's
 * temporary file.
 */
final class MemoryFiles {

    private static final String DATA_PREFIX = "memory-";
    private static final String DATA_SUFFIX = ".img";

    private final Path directory;

    MemoryFiles(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Path state() {
        return directory.resolve("memory.state");
    }

    Path stateTemp() {
        return directory.resolve("memory.state.tmp");
    }

    Path data(long generation) {
        return directory.resolve(DATA_PREFIX + generation + DATA_SUFFIX);
    }

    /** Data files of every generation present, the current one and any a crash left behind. */
    List<Path> allData() throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, DATA_PREFIX + "*" + DATA_SUFFIX)) {
            entries.forEach(found::add);
        }
        return found;
    }

    /** Removes data files other than {@code keep}'s and the state's temporary file. */
    void removeLeftovers(Path keep) throws IOException {
        for (Path data : allData()) {
            if (!data.equals(keep)) {
                Files.deleteIfExists(data);
            }
        }
        Files.deleteIfExists(stateTemp());
    }
}
