package xsh.shell.remote;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import xsh.error.XshException;

/**
 * The remote hosts xsh has reached, one {@code ssh://} name per line in {@code
 * XSH_HOME/remote-hosts}, for {@code hosts} and Tab. The file is written whole to a temporary
 * file, synced and renamed over the old one, so it is always either the old list or the new.
 */
public final class RememberedHosts {

    static final String FILE = "remote-hosts";

    private final Path file;

    public RememberedHosts(Path xshHome) {
        this.file = xshHome.resolve(FILE);
    }

    /** The remembered hosts, sorted; none when the file is missing. Lines that are not remote hosts are skipped. */
    public List<String> names() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(SshTarget::isRemote).sorted().distinct().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new XshException("xsh: cannot read " + file + ": " + e.getMessage(), 1);
        }
    }

    /** Adds {@code target} to the list, if it is not there yet. */
    public void remember(SshTarget target) {
        List<String> known = names();
        if (known.contains(target.toString())) {
            return;
        }
        TreeSet<String> names = new TreeSet<>(known);
        names.add(target.toString());
        write(new ArrayList<>(names));
    }

    private void write(List<String> names) {
        Path temporary = file.resolveSibling(FILE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(String.join("\n", names) + "\n"));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file is the only thing left to tidy
            }
            throw new XshException("xsh: cannot write " + file + ": " + e.getMessage(), 1);
        }
    }
}
