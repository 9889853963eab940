package xsh.hv.zfs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.hv.command.Completed;
import xsh.hv.command.ProgramException;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;

/**
 * The storage of a host that has ZFS: every call is one {@code zfs} command,
 * and every refusal is zfs's own message and exit code.
 */
public final class ZfsCommandStorage implements Storage {

    /** How often a destroy that found its dataset busy is tried again, and how long apart. */
    private static final int BUSY_ATTEMPTS = 10;
    private static final long BUSY_PAUSE_MILLIS = 200;

    /** How often {@link #datasets()} lists again when a dataset vanished between list and get. */
    private static final int LIST_ATTEMPTS = 3;

    /** For making a file on a remote Dom0. */
    private static final Duration FILE_LIMIT = Duration.ofMinutes(1);

    private final ZfsCommand command;

    public ZfsCommandStorage(ZfsCommand command) {
        this.command = command;
    }

    /**
     * The pools, as the root filesystems {@code zfs} lists at depth 0: not {@code zpool}, which
     * some hosts' zfs front ends lack, and which would name a pool whose root is not mounted
     * the same way.
     */
    @Override
    public List<String> pools() {
        return lines(command.zfs(List.of("list", "-H", "-d", "0", "-o", "name", "-t", "filesystem"))).stream()
                .sorted().toList();
    }

    @Override
    public List<Dataset> datasets() {
        for (int attempt = 1; ; attempt++) {
            List<String> names = lines(command.zfs(List.of("list", "-H", "-o", "name", "-t", "all")));
            if (names.isEmpty()) {
                return List.of();
            }
            try {
                return properties(names);
            } catch (StorageException e) {
                // A dataset destroyed by someone else between the two commands: list again.
                if (attempt == LIST_ATTEMPTS || !doesNotExist(e)) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Optional<Dataset> dataset(String name) {
        try {
            return properties(List.of(name)).stream().findFirst();
        } catch (StorageException e) {
            if (doesNotExist(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Dataset createFilesystem(String name, Map<String, String> properties, boolean parents) {
        List<String> args = new ArrayList<>(List.of("create"));
        flag(args, parents, "-p");
        options(args, properties);
        args.add(name);
        command.zfs(args);
        return created(name);
    }

    @Override
    public Dataset createVolume(String name, long sizeBytes, Map<String, String> properties,
                                boolean parents, boolean sparse) {
        List<String> args = new ArrayList<>(List.of("create"));
        flag(args, parents, "-p");
        flag(args, sparse, "-s");
        args.add("-V");
        args.add(Long.toString(sizeBytes));
        options(args, properties);
        args.add(name);
        command.zfs(args);
        return created(name);
    }

    @Override
    public void snapshot(List<String> snapshots, boolean recursive) {
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("no snapshot to take");
        }
        // One command for all of them: zfs takes them in one transaction, or none.
        List<String> args = new ArrayList<>(List.of("snapshot"));
        flag(args, recursive, "-r");
        args.addAll(snapshots);
        command.zfs(args);
    }

    @Override
    public Dataset clone(String snapshot, String target, Map<String, String> properties, boolean parents) {
        List<String> args = new ArrayList<>(List.of("clone"));
        flag(args, parents, "-p");
        options(args, properties);
        args.add(snapshot);
        args.add(target);
        command.zfs(args);
        return created(target);
    }

    @Override
    public void rollback(String snapshot, boolean destroyLater) {
        List<String> args = new ArrayList<>(List.of("rollback"));
        flag(args, destroyLater, "-r");
        args.add(snapshot);
        command.zfs(args);
    }

    @Override
    public void destroy(String name, boolean recursive) {
        List<String> args = new ArrayList<>(List.of("destroy"));
        flag(args, recursive, "-r");
        args.add(name);
        for (int attempt = 1; ; attempt++) {
            try {
                command.zfs(args);
                return;
            } catch (StorageException e) {
                // zfs unmounts the filesystem first; some platforms (FUSE, udev probing a
                // volume) let go of it a moment after the unmount returns.
                if (attempt == BUSY_ATTEMPTS || !firstLine(e).endsWith(": dataset is busy")) {
                    throw e;
                }
                pause();
            }
        }
    }

    @Override
    public void rename(String from, String to, boolean parents) {
        List<String> args = new ArrayList<>(List.of("rename"));
        flag(args, parents, "-p");
        args.add(from);
        // Not every zfs takes a snapshot's new name without its dataset: give it in full.
        int at = from.indexOf('@');
        args.add(to.startsWith("@") && at > 0 ? from.substring(0, at) + to : to);
        command.zfs(args);
    }

    @Override
    public void set(String name, String property, String value) {
        command.zfs(List.of("set", property + "=" + value, name));
    }

    @Override
    public void send(String snapshot, Optional<String> from, OutputStream out) {
        List<String> args = new ArrayList<>(List.of("send"));
        from.ifPresent(base -> args.addAll(List.of("-i", base)));
        args.add(snapshot);
        command.zfsTo(args, out);
    }

    @Override
    public void receive(String target, InputStream in, boolean force) {
        List<String> args = new ArrayList<>(List.of("receive"));
        flag(args, force, "-F");
        args.add(target);
        command.zfsFrom(args, in);
    }

    private List<Dataset> properties(List<String> names) {
        List<String> args = new ArrayList<>(List.of("get", "-Hp", "all"));
        args.addAll(names);
        return ZfsProperties.parse(command.zfs(args), names);
    }

    private Dataset created(String name) {
        return dataset(name).orElseThrow(() ->
                new StorageException("cannot open '" + name + "': dataset does not exist"));
    }

    private static void flag(List<String> args, boolean on, String flag) {
        if (on) {
            args.add(flag);
        }
    }

    private static void options(List<String> args, Map<String, String> properties) {
        properties.forEach((property, value) -> {
            args.add("-o");
            args.add(property + "=" + value);
        });
    }

    private static List<String> lines(String output) {
        return Arrays.stream(output.split("\n")).filter(line -> !line.isEmpty()).toList();
    }

    private static String firstLine(StorageException e) {
        String message = e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static boolean doesNotExist(StorageException e) {
        return e.exitCode() == 1 && firstLine(e).endsWith(": dataset does not exist");
    }

    private static void pause() {
        try {
            Thread.sleep(BUSY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted", e);
        }
    }

    /**
     * A real file, in a filesystem zfs has mounted: the path must lie under the mountpoint of
     * a mounted filesystem of these pools, so that no other file of the machine is touched.
     * On a remote Dom0 the file is made there, with {@code truncate}.
     */
    @Override
    public void createFile(String path, long sizeBytes) {
        String refusal = "truncate: cannot open '" + path + "' for writing: ";
        if (sizeBytes < 0) {
            throw new StorageException("truncate: invalid size: " + sizeBytes);
        }
        Path file;
        try {
            file = Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StorageException(refusal + "Invalid argument");
        }
        boolean inside = datasets().stream()
                .filter(d -> "yes".equals(d.properties().get("mounted")))
                .map(d -> d.properties().get("mountpoint"))
                .filter(m -> m != null && m.startsWith("/"))
                .anyMatch(m -> file.getParent() != null && file.getParent().startsWith(Path.of(m)));
        if (!inside) {
            throw new StorageException(refusal + "not inside a mounted filesystem of " + String.join(", ", pools()));
        }
        if (!command.runner().isLocal()) {
            remoteFile(path, sizeBytes);
            return;
        }
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(sizeBytes);
        } catch (FileNotFoundException e) {
            throw new StorageException(refusal + (Files.isDirectory(file) ? "Is a directory" : "No such file or directory"), e);
        } catch (IOException e) {
            throw new StorageException(refusal + e.getMessage(), e);
        }
    }

    /** {@code truncate -s SIZE PATH} on the remote Dom0, whose files these are; its refusal in its own words. */
    private void remoteFile(String path, long sizeBytes) {
        Completed done;
        try {
            done = command.runner().run(List.of("truncate", "-s", Long.toString(sizeBytes), "--", path), FILE_LIMIT);
        } catch (ProgramException e) {
            throw new StorageException(e.getMessage(), e.exitCode());
        }
        if (!done.succeeded()) {
            throw new StorageException(done.stderr().strip(), done.exitCode());
        }
    }
}
