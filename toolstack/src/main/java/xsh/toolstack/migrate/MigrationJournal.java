package xsh.toolstack.migrate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import xsh.error.XshException;
import xsh.toolstack.checkpoint.ProcessOwner;

/**
 * What a migration in flight has done to a host, one small file per migration under
 * {@code XSH_HOME/migrations/HOST/}, so that if its process dies the next process to open
 * the host can undo it ({@link MigrationRecovery}). The sender notes each step before it
 * takes it (suspend, rename away, GO) and, with {@code --with-storage}, the snapshots it is
 * about to make; the receiver notes the domain it is building and each dataset before it
 * creates it. Each
 * change replaces the file atomically; the file goes when the migration ends.
 */
final class MigrationJournal implements AutoCloseable {

    static final String DIRECTORY = "migrations";
    static final String SUFFIX = ".migration";

    /**
     * The sender's steps, in order; recovery puts the source back (its name, its running)
     * unless GO was reached. The rename away needs no step of its own: before GO, recovery
     * gives a {@code NAME--migratedaway} its name back.
     */
    enum Step { LIVE, SUSPENDING, GO }

    private final Path file;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private boolean closed;

    private MigrationJournal(Path file) {
        this.file = file;
    }

    static Path directory(Path home, String hostName) {
        return home.resolve(DIRECTORY).resolve(hostName);
    }

    /**
     * A new entry for this process, written before the migration changes anything.
     *
     * @param role {@code sending} or {@code receiving}
     */
    static MigrationJournal open(Path home, String hostName, String role, Map<String, String> first) {
        ProcessOwner owner = ProcessOwner.current();
        MigrationJournal journal = new MigrationJournal(directory(home, hostName)
                .resolve(role + "-" + UUID.randomUUID() + SUFFIX));
        journal.fields.put("role", role);
        journal.fields.put("pid", Long.toString(owner.pid()));
        journal.fields.put("start", Long.toString(owner.startMillis()));
        journal.fields.putAll(first);
        journal.write();
        return journal;
    }

    /** Notes {@code key} (a step, a domid), durably, before the step it announces is taken. */
    void note(String key, String value) {
        fields.put(key, value);
        write();
    }

    /**
     * Adds {@code value} to the list {@code key} ({@code key.1}, {@code key.2}…: a dataset's
     * name may hold any separator), durably, before what it names is made.
     */
    void add(String key, String value) {
        fields.put(key + "." + (list(fields, key).size() + 1), value);
        write();
    }

    /** Notes the whole list {@code key} at once. */
    void noteList(String key, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            fields.put(key + "." + (i + 1), values.get(i));
        }
        write();
    }

    private static List<String> list(Map<String, String> fields, String key) {
        List<String> values = new ArrayList<>();
        for (int i = 1; fields.containsKey(key + "." + i); i++) {
            values.add(fields.get(key + "." + i));
        }
        return values;
    }

    private void write() {
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new XshException("cannot journal the migration in " + file.getParent() + ": " + e.getMessage(), 1, e);
        }
    }

    /** The migration ended, whichever way: nothing to recover. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale entry costs the next start one look at a domain that is as it should be
        }
    }

    /** An entry read back: its fields, and whether the process that wrote it is gone. */
    record Entry(Path file, Map<String, String> fields) {

        boolean orphaned() {
            try {
                return !new ProcessOwner(Long.parseLong(fields.get("pid")), Long.parseLong(fields.get("start")))
                        .isAlive();
            } catch (RuntimeException e) {
                return true; // half written: its writer died writing it
            }
        }

        Optional<String> get(String key) {
            return Optional.ofNullable(fields.get(key));
        }

        /** The list {@code key}, in the order it was noted; empty when none was. */
        List<String> list(String key) {
            return MigrationJournal.list(fields, key);
        }

        void remove() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the next recovery looks again, and finds nothing left to undo
            }
        }
    }

    /** The entries of a host; none, at the cost of one failed look, when nothing is in flight. */
    static List<Entry> entries(Path home, String hostName) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory(home, hostName), "*" + SUFFIX)) {
            for (Path file : files) {
                entries.add(new Entry(file, read(file)));
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new XshException("cannot read the migrations journal " + directory(home, hostName) + ": "
                    + e.getMessage(), 1, e);
        }
        return entries;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            // unreadable: treated as half written
        }
        return fields;
    }
}
