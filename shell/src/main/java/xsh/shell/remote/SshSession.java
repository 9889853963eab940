package xsh.shell.remote;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import xsh.error.XshException;
import xsh.hv.command.ShellWords;

/**
 * xsh's connection to one remote host: an ssh master connection whose control socket lives under
 * {@code XSH_HOME/ssh}, through which every command to the host runs as a session of its own
 * ({@code xsh ARGS...} on the remote host), so that a command costs no new login.
 *
 * <p>The master is started on its own, in the background, with its output in a file: a master
 * that ssh started beside a command (ControlMaster=auto) would keep that command's stdout and
 * stderr open after the command ended, and whoever reads them (a pipe, completion) would wait for
 * the master to go. Commands then use the socket and never start a master ({@code ControlMaster=no});
 * should the master have gone, a command still connects on its own. The master started here is
 * closed by {@link #close}; it would also go by itself after {@value #PERSIST_SECONDS} s idle
 * should xsh be killed.
 */
public final class SshSession implements AutoCloseable {

    /** ssh's exit code for its own failures (no connection, refused login). */
    public static final int SSH_FAILED = 255;

    static final int PERSIST_SECONDS = 60;

    /**
     * The longest socket path every system takes (sun_path: 104 bytes on the BSDs and macOS, 108
     * on Linux, with the final NUL), and what ssh puts after the directory: '/', the 40 hex
     * digits of %C, and the '.' and 16 characters of the name it binds before renaming.
     */
    private static final int MAX_SOCKET_PATH = 103;
    private static final int SOCKET_NAME = 1 + 40 + 17;

    /** What a remote command's standard input is. */
    public enum Input {
        /** Nothing: the local stdin is someone else's (the lines xsh reads, the prompt's terminal). */
        NONE,
        /** The local stdin, e.g. a stream for {@code zfs receive}. */
        INHERIT,
        /** The local terminal, with a terminal on the remote side too ({@code ssh -t}): console, top. */
        TERMINAL
    }

    /** What a command printed, for callers that read it rather than show it. */
    public record Output(int exitCode, String stdout, String stderr) {
    }

    private final SshTarget target;
    private final SshProgram ssh;
    private final Path controlDirectory;
    private boolean startedMaster;

    public SshSession(SshTarget target, SshProgram ssh, Path xshHome) {
        this.target = target;
        this.ssh = ssh;
        this.controlDirectory = controlDirectory(xshHome);
    }

    /**
     * {@code XSH_HOME/ssh}; when that is too long a path for ssh's socket, a directory of this
     * user's in the temporary directory, named by XSH_HOME, so that each XSH_HOME keeps its own.
     */
    static Path controlDirectory(Path xshHome) {
        Path preferred = xshHome.toAbsolutePath().resolve("ssh");
        if (preferred.toString().getBytes(StandardCharsets.UTF_8).length + SOCKET_NAME <= MAX_SOCKET_PATH) {
            return preferred;
        }
        String key = System.getProperty("user.name") + "\0" + preferred;
        return Path.of(System.getProperty("java.io.tmpdir"), "xsh-ssh-" + Integer.toHexString(key.hashCode()));
    }

    public SshTarget target() {
        return target;
    }

    /**
     * Makes sure a master connection to the host is up: one already there (another xsh's, or
     * this one's) is used, else one is started. Fails with ssh's own reason in one line, exit
     * code 255, when the host cannot be reached or refuses the login.
     *
     * @return whether this call started the master (the host answered for the first time)
     */
    public synchronized boolean open() {
        if (masterRunning()) {
            return false;
        }
        createControlDirectory();
        Path log = controlDirectory.resolve("master-" + ProcessHandle.current().pid() + ".log");
        List<String> command = base("yes");
        command.addAll(List.of("-N", "-f", target.destination()));
        try {
            Process master = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(log.toFile())
                    .start();
            int code = waitFor(master);
            if (code != 0) {
                throw new XshException("xsh: " + target + ": cannot connect: " + lastLine(log, "ssh exited with " + code),
                        SSH_FAILED);
            }
            startedMaster = true;
            return true;
        } catch (IOException e) {
            throw cannotRun(e);
        } finally {
            deleteQuietly(log);
        }
    }

    /**
     * Runs {@code xsh ARGS...} on the host, its output going where xsh's goes; returns its exit
     * code. An exit code of 255 after which the master has gone is ssh's: the connection was lost.
     */
    public int run(List<String> xshArguments, Input input) {
        open();
        List<String> command = command(xshArguments, input == Input.TERMINAL);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(input == Input.NONE ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                        : ProcessBuilder.Redirect.INHERIT);
        try {
            int code = waitFor(builder.start());
            if (code == SSH_FAILED && !masterRunning()) {
                throw new XshException("xsh: " + target + ": the connection to the host was lost", SSH_FAILED);
            }
            return code;
        } catch (IOException e) {
            throw cannotRun(e);
        }
    }

    /** Runs {@code xsh ARGS...} on the host and returns what it printed, for xsh to read (scripts). */
    public Output capture(List<String> xshArguments) {
        open();
        return captured(command(xshArguments, false));
    }

    /**
     * As {@link #capture}, for a reader in the background (completion): only through a master
     * that is up, never asking anything (no password, no host key: ssh's BatchMode), so nothing
     * is written on the terminal the user types at. Without a master, an exit code of 255 and
     * nothing read.
     */
    public Output captureIfConnected(List<String> xshArguments) {
        if (!masterRunning()) {
            return new Output(SSH_FAILED, "", "");
        }
        List<String> command = command(xshArguments, false);
        command.addAll(ssh.command().size(), List.of("-o", "BatchMode=yes"));
        return captured(command);
    }

    /**
     * Whether the host answers: its xsh's version through the master if one is up, else over a
     * connection of its own that asks nothing and gives up after {@code timeoutSeconds}; what
     * went wrong otherwise, in ssh's or xsh's words.
     */
    public Output probe(int timeoutSeconds) {
        List<String> command = command(List.of("--version"), false);
        command.addAll(ssh.command().size(), List.of("-o", "BatchMode=yes", "-o", "ConnectTimeout=" + timeoutSeconds));
        return captured(command);
    }

    private Output captured(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] stdout = readAll(process.getInputStream());
            int code = waitFor(process);
            return new Output(code, new String(stdout, StandardCharsets.UTF_8),
                    new String(stderr.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw cannotRun(e);
        }
    }

    /** Whether a master connection to the host answers on the control socket ({@code ssh -O check}). */
    public boolean masterRunning() {
        return control("check") == 0;
    }

    /** Closes the master connection if this session started it ({@code ssh -O exit}); one it found is left alone. */
    @Override
    public synchronized void close() {
        if (startedMaster) {
            startedMaster = false;
            control("exit");
        }
    }

    /** The ssh command line of a remote command; each remote word quoted for the remote shell, in one place. */
    List<String> command(List<String> xshArguments, boolean terminal) {
        List<String> remote = new ArrayList<>();
        remote.add(ssh.remoteXsh());
        remote.addAll(xshArguments);
        List<String> command = base("no");
        if (terminal) {
            // not "Shared connection to HOST closed." after each console or top
            command.addAll(List.of("-o", "LogLevel=ERROR"));
        }
        command.addAll(List.of(terminal ? "-t" : "-T", target.destination(), "--", ShellWords.commandLine(remote)));
        return command;
    }

    /** ssh with the user's options and the control socket's; {@code master} is ControlMaster's value. */
    List<String> base(String master) {
        List<String> command = new ArrayList<>(ssh.command());
        // ssh expands % in ControlPath: a % of XSH_HOME's path is written %%; %C is ssh's hash of the destination
        String socket = controlDirectory.toAbsolutePath().toString().replace("%", "%%") + "/%C";
        command.addAll(List.of("-o", "ControlMaster=" + master, "-o", "ControlPath=" + socket,
                "-o", "ControlPersist=" + PERSIST_SECONDS));
        if (target.port() != 0) {
            command.addAll(List.of("-p", Integer.toString(target.port())));
        }
        return command;
    }

    private int control(String operation) {
        List<String> command = base("no");
        command.addAll(List.of("-O", operation, target.destination()));
        try {
            return waitFor(new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException e) {
            throw cannotRun(e);
        }
    }

    /** Makes the sockets' directory, this user's alone: a socket lets whoever can reach it run commands as the remote user. */
    private void createControlDirectory() {
        try {
            Files.createDirectories(controlDirectory);
            if (!Files.getOwner(controlDirectory).getName().equals(System.getProperty("user.name"))) {
                throw new XshException("xsh: " + target + ": " + controlDirectory + " belongs to another user", 1);
            }
            Files.setPosixFilePermissions(controlDirectory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new XshException("xsh: " + target + ": cannot make " + controlDirectory + ": " + e.getMessage(), 1);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory stays as made
        }
    }

    /** Waits for {@code process}; an interrupted wait (Ctrl-C at the prompt) ends it and says so. */
    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            process.onExit().join();
            Thread.currentThread().interrupt();
            throw new XshException("xsh: interrupted", 130);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLine(Path log, String otherwise) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
            return lines.isEmpty() ? otherwise : lines.get(lines.size() - 1);
        } catch (IOException | UncheckedIOException e) {
            return otherwise;
        }
    }

    private XshException cannotRun(IOException e) {
        return new XshException("xsh: " + target + ": cannot run " + ssh.command().get(0) + ": " + e.getMessage(), 1);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a log left behind is harmless
        }
    }
}
