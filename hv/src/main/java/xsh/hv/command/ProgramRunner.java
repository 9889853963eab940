package xsh.hv.command;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
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

/**
 * Runs a Dom0's programs with an argument vector: as child processes of this JVM (never
 * through a shell), or on a remote host as {@code SSH... 'word' 'word'...}, the words quoted
 * so that the remote login shell splits them back exactly and gives no character a meaning.
 *
 * <p>Every run waits for the program's end and reads its output whole while it runs (so no
 * pipe fills up); a program that outlives its time limit is stopped with all its children, as
 * is one whose wait is interrupted: no child outlives a call. Stopping is polite: the program
 * gets SIGTERM and {@value #GRACE_SECONDS} s to clean up (an interrupted {@code xl save}
 * resumes its guest and removes its file), and only then SIGKILL.
 */
public final class ProgramRunner {

    private static final File NO_INPUT = new File("/dev/null");

    /** How long output is read after the program's end, from children that still hold its pipes. */
    private static final long LINGER_MILLIS = 10_000;

    /** How long a stopped program has between SIGTERM and SIGKILL. */
    static final long GRACE_SECONDS = 5;

    /** Empty on this machine; else the ssh command that reaches the host, its destination last. */
    private final List<String> ssh;

    private ProgramRunner(List<String> ssh) {
        this.ssh = List.copyOf(ssh);
    }

    /** Programs of this machine, found on its PATH. */
    public static ProgramRunner local() {
        return new ProgramRunner(List.of());
    }

    /**
     * Programs of a remote host: {@code sshCommand} is ssh with its options and the
     * destination last (e.g. {@code [ssh, -p, 2222, root@dom0]}); the program's words follow as
     * one quoted command line.
     */
    public static ProgramRunner overSsh(List<String> sshCommand) {
        if (sshCommand.isEmpty()) {
            throw new IllegalArgumentException("no ssh command");
        }
        return new ProgramRunner(sshCommand);
    }

    public boolean isLocal() {
        return ssh.isEmpty();
    }

    /** The command line that runs {@code argv} where the programs are. */
    public List<String> commandLine(List<String> argv) {
        List<String> words = words(argv);
        if (isLocal()) {
            return words;
        }
        List<String> command = new ArrayList<>(ssh);
        command.add(ShellWords.commandLine(words));
        return command;
    }

    /**
     * The command line of an interactive program (a console): over ssh with a terminal on the
     * remote side ({@code -t}, given before the destination).
     */
    public List<String> terminalCommandLine(List<String> argv) {
        List<String> command = commandLine(argv);
        if (!isLocal()) {
            command.add(ssh.size() - 1, "-t");
        }
        return command;
    }

    /** Runs {@code argv} with no input and reads what it prints; fails only if it cannot be run to its end. */
    public Completed run(List<String> argv, Duration limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run(argv, null, out, err, limit);
        return new Completed(words(argv), exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code argv}, its stdin read from {@code in} (none when null), its stdout and stderr
     * written to {@code out} and {@code err} as they come; returns its exit code. A write to
     * {@code out} that fails stops the program.
     */
    public int run(List<String> argv, InputStream in, OutputStream out, OutputStream err, Duration limit) {
        List<String> command = commandLine(argv);
        String shown = String.join(" ", words(argv));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (in == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ProgramException("cannot run '" + command.get(0) + "': " + e.getMessage(), ProgramException.CANNOT_RUN, e);
        }
        AtomicReference<IOException> outFailure = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        Thread errReader = pump("stderr", process.getErrorStream(), err, new AtomicReference<>(), process);
        Thread outReader = pump("stdout", process.getInputStream(), out, outFailure, process);
        Thread feeder = in == null ? null : feed(in, process, finished);
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new ProgramException(shown + ": no answer in " + limit.toSeconds() + " s; stopped", 1);
            }
            // The readers end at the streams' end, which comes with the process's, unless a
            // child it left behind (a daemon) holds them: its output is not waited for long.
            errReader.join(LINGER_MILLIS);
            outReader.join(LINGER_MILLIS);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new ProgramException(shown + ": interrupted", 130, e);
        } finally {
            finished.set(true);
            if (feeder != null) {
                // A program that failed early leaves the caller's stream unread: stop feeding.
                feeder.interrupt();
            }
            closeQuietly(process.getInputStream());
            closeQuietly(process.getErrorStream());
            closeQuietly(process.getOutputStream());
        }
        if (outFailure.get() != null) {
            throw new ProgramException("cannot write the output of " + shown + ": " + outFailure.get().getMessage(), 1,
                    outFailure.get());
        }
        return process.exitValue();
    }

    /** Where the programs run, for messages: {@code this machine} or the ssh destination. */
    public String where() {
        return isLocal() ? "this machine" : ssh.get(ssh.size() - 1);
    }

    /**
     * Stops the process and every process it started, and waits for it: SIGTERM first, so that
     * it can undo what it had begun; SIGKILL for whatever is still there after the grace.
     * Interrupted meanwhile, it goes on to the end and keeps the interrupt for the caller.
     */
    private static void stop(Process process) {
        // Taken now: once the process is gone its children are no longer known as its own.
        List<ProcessHandle> children = process.descendants().toList();
        boolean interrupted = Thread.interrupted();
        process.destroy();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
        while (true) {
            try {
                process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            while (true) {
                try {
                    process.waitFor();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            for (ProcessHandle child : children) {
                child.onExit().get(LINGER_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // A child that will not go (a process of another user): nothing more can be done.
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The words as text: a Groovy caller's list may hold GStrings under its List<String> type. */
    private static List<String> words(List<String> argv) {
        List<String> words = new ArrayList<>();
        for (Object word : (List<?>) argv) {
            words.add(String.valueOf(word));
        }
        return words;
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
                            to.flush();
                        } catch (IOException e) {
                            // Nobody takes the stream any more: stop the program, and drain what is left.
                            failure.set(e);
                            process.destroy();
                        }
                    }
                }
            } catch (IOException e) {
                // The pipe closed under us: the process is gone and its exit code tells.
            }
        }, "program-" + name);
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
                // The program stopped reading (it refused the stream): its exit code and stderr say why.
            }
        }, "program-stdin");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Nothing to do: the process is gone.
        }
    }
}
