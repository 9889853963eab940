package xsh.hv.zfs;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import xsh.hv.command.ProgramException;
import xsh.hv.command.ProgramRunner;
import xsh.hv.storage.StorageException;

/**
 * Runs {@code zfs} and {@code zpool} with an argument vector (never through a shell, so no
 * dataset name can become a command), reads their output fully, and turns a failure into a
 * {@link StorageException} carrying zfs's own stderr and exit code. A command that outlives
 * its timeout is killed; no child process outlives a call ({@link ProgramRunner}, which also
 * runs them on a remote Dom0 over ssh).
 */
public final class ZfsCommand {

    private final ProgramRunner runner;
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
        this(ProgramRunner.local(), zfs, zpool, timeout, streamTimeout);
    }

    /** As above, the commands run by {@code runner}: on this machine or on a remote Dom0. */
    public ZfsCommand(ProgramRunner runner, List<String> zfs, List<String> zpool, Duration timeout,
                      Duration streamTimeout) {
        this.runner = runner;
        this.zfs = List.copyOf(zfs);
        this.zpool = List.copyOf(zpool);
        this.timeout = timeout;
        this.streamTimeout = streamTimeout;
    }

    /** {@code zfs} and {@code zpool} found on the PATH; a minute per command, a day per stream. */
    public static ZfsCommand onPath() {
        return of(ProgramRunner.local());
    }

    /** {@code zfs} and {@code zpool} of the host {@code runner} runs programs on; times as {@link #onPath}. */
    public static ZfsCommand of(ProgramRunner runner) {
        return new ZfsCommand(runner, List.of("zfs"), List.of("zpool"), Duration.ofMinutes(1), Duration.ofDays(1));
    }

    /** Where the commands run: this machine, or a remote Dom0. */
    public ProgramRunner runner() {
        return runner;
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

    private void run(List<String> command, InputStream in, OutputStream out, Duration limit) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            exit = runner.run(command, in, out, err, limit);
        } catch (ProgramException e) {
            throw new StorageException(e.getMessage(), e.exitCode());
        }
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
}
