package xsh.hv.zfs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import xsh.hv.storage.StorageException;

/**
 * Runs {@code zfs} and {@code zpool} with an argument vector (never through a shell, so no
 * dataset name can become a command), reads their output fully, and turns a failure into a
 * {@link StorageException} carrying zfs's own stderr and exit code. A command that outlives
 * its timeout is killed; no child process outlives a call.
 */
public final class ZfsCommand {

    private final List<String> zfs;
    private final List<String> zpool;
    private final Duration timeout;
    private final Duration streamTimeout;

    /**
     * @param zfs           the command that is {@code zfs} (e.g. {@code [zfs]} or {@code [/sbin/zfs]})
     * @param zpool         the command that is {@code zpool}
     * @param timeout       for a command that only reads or changes metadata
     * @param streamTimeout for {@code zfs send} and {@code zfs recv}, which move a whole stream
     */
    public ZfsCommand(List<String> zfs, List<String> zpool, Duration timeout, Duration streamTimeout) {
        this.zfs = List.copyOf(zfs);
        this.zpool = List.copyOf(zpool);
        this.timeout = timeout;
        this.streamTimeout = streamTimeout;
    }

    /** {@code zfs} and {@code zpool} found on the PATH; a minute per command, a day per stream. */
    public static ZfsCommand onPath() {
        return new ZfsCommand(List.of("zfs"), List.of("zpool"), Duration.ofMinutes(1), Duration.ofDays(1));
    }

    /** {@code zfs ARGS}: its stdout. */
    public String zfs(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(command(zfs, args), null, out, timeout);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code zpool ARGS}: its stdout. */
    public String zpool(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(command(zpool, args), null, out, timeout);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code zfs ARGS > out}, for {@code zfs send}. */
    public void zfsTo(List<String> args, OutputStream out) {
        run(command(zfs, args), null, out, streamTimeout);
    }

    /** {@code zfs ARGS < in}, for {@code zfs recv}. */
    public void zfsFrom(List<String> args, InputStream in) {
        run(command(zfs, args), in, OutputStream.nullOutputStream(), streamTimeout);
    }

    private static List<String> command(List<String> program, List<String> args) {
        List<String> command = new ArrayList<>(program);
        // A Groovy caller's list may hold GStrings under its List<String> type.
        for (Object arg : (List<?>) args) {
            command.add(String.valueOf(arg));
        }
        return command;
    }

    private static void run(List<String> command, InputStream in, OutputStream out, Duration limit) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new StorageException("cannot run '" + command.get(0) + "': " + e.getMessage(), 127);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<IOException> outFailure = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        Thread errReader = pump("stderr", process.getErrorStream(), err, new AtomicReference<>(), process);
        Thread outReader = pump("stdout", process.getInputStream(), out, outFailure, process);
        Thread feeder = in == null ? null : feed(in, process, finished);
        if (in == null) {
            closeQuietly(process.getOutputStream());
        }
        try {
            boolean exited = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor();
                throw new StorageException(String.join(" ", command) + ": no answer in "
                        + limit.toSeconds() + " s; stopped", 1);
            }
            // The readers end at the streams' end, which comes with the process's.
            errReader.join();
            outReader.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new StorageException(String.join(" ", command) + ": interrupted", e);
        } finally {
            finished.set(true);
            if (feeder != null) {
                // A receive that failed early leaves the caller's stream unread: stop feeding.
                feeder.interrupt();
            }
            closeQuietly(process.getInputStream());
            closeQuietly(process.getErrorStream());
            closeQuietly(process.getOutputStream());
        }
        if (outFailure.get() != null) {
            throw new StorageException("cannot write the output of " + String.join(" ", command) + ": "
                    + outFailure.get().getMessage(), outFailure.get());
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new StorageException(message(err, command, exit), exit);
        }
    }

    /** zfs's stderr without its last newline; every line of it (a hint or a list may follow the first). */
    private static String message(ByteArrayOutputStream err, List<String> command, int exit) {
        String text = err.toString(StandardCharsets.UTF_8).stripTrailing();
        if (text.isEmpty()) {
            return String.join(" ", command) + " failed with exit code " + exit;
        }
        return text;
    }

    private static Thread pump(String name, InputStream from, OutputStream to,
                               AtomicReference<IOException> failure, Process process) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                int n;
                while ((n = from.read(buffer)) >= 0) {
                    if (failure.get() == null) {
                        try {
                            to.write(buffer, 0, n);
                        } catch (IOException e) {
                            // Nobody takes the stream any more: stop zfs, and drain what is left.
                            failure.set(e);
                            process.destroy();
                        }
                    }
                }
            } catch (IOException e) {
                // The pipe closed under us: the process is gone and its exit code tells.
            }
        }, "zfs-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Thread feed(InputStream in, Process process, AtomicBoolean finished) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream stdin = process.getOutputStream()) {
                int n;
                while (!finished.get() && (n = in.read(buffer)) >= 0) {
                    stdin.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // zfs stopped reading (it refused the stream): its exit code and stderr say why.
            }
        }, "zfs-stdin");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Nothing to do: the process is gone.
        }
    }
}
