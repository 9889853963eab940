package xsh.shell.migrate;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import xsh.error.XshException;
import xsh.toolstack.migrate.MigrationLink;
import xsh.toolstack.migrate.TargetProbe;

/**
 * A receiver run as a process, as xl forks its RUNE: the process's stdin and stdout are the
 * link's two pipes, its stderr is this process's, so the receiver's {@code migration target:}
 * lines reach the user as they come. Started from an argument vector, never through a shell.
 */
public final class ProcessLink implements MigrationLink {

    /** How long {@link #close} waits for the receiver to end by itself before killing it. */
    static final long CLOSE_WAIT_SECONDS = 10;

    private final Process process;
    private final String command;
    private final Optional<TargetProbe> probe;
    private final InputStream fromReceiver;
    private final OutputStream toReceiver;
    private volatile boolean interrupted;

    private ProcessLink(Process process, String command, Optional<TargetProbe> probe) {
        this.process = process;
        this.command = command;
        this.probe = probe;
        this.fromReceiver = new InterruptibleInput(process.getInputStream());
        this.toReceiver = new InterruptibleOutput(process.getOutputStream());
    }

    /**
     * Starts {@code argv}.
     *
     * @param command     how messages name it ({@code (command run was: ...)})
     * @param environment variables set for it on top of this process's
     * @throws XshException exit 1 when the program cannot be started (not found, not executable)
     */
    public static ProcessLink start(List<String> argv, String command, Map<String, String> environment,
                                    Optional<TargetProbe> probe) {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        try {
            return new ProcessLink(builder.start(), command, probe);
        } catch (IOException e) {
            throw new XshException("migrate: cannot run " + argv.get(0) + ": " + reason(e), 1, e);
        }
    }

    /** Java's "Cannot run program ...: error=2, No such file or directory" as its last part. */
    private static String reason(IOException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int comma = message.indexOf(", ");
        return message.startsWith("error=") && comma > 0 ? message.substring(comma + 2) : message;
    }

    @Override
    public InputStream fromReceiver() {
        return fromReceiver;
    }

    @Override
    public OutputStream toReceiver() {
        return toReceiver;
    }

    @Override
    public String command() {
        return command;
    }

    @Override
    public Optional<TargetProbe> probe() {
        return probe;
    }

    /** The receiver's process, for the specs. */
    Process process() {
        return process;
    }

    /**
     * Cuts the link because the user interrupted the migration (Ctrl-C): from then on every
     * read and write of the link fails with an {@link InterruptedIOException}, not with
     * whatever the broken pipe says, so the migration's failure says it was interrupted.
     */
    public void interrupt() {
        interrupted = true;
        cut();
    }

    @Override
    public void cut() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        closeQuietly(toReceiver);
        closeQuietly(fromReceiver);
        boolean interrupted = false;
        try {
            if (!process.waitFor(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                cut();
            }
        } catch (InterruptedException e) {
            interrupted = true;
            cut();
        }
        try {
            process.waitFor(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private IOException failed(IOException e) {
        if (!interrupted) {
            return e;
        }
        InterruptedIOException interruption = new InterruptedIOException("interrupted");
        interruption.initCause(e);
        return interruption;
    }

    private void checkInterrupted() throws InterruptedIOException {
        if (interrupted) {
            throw new InterruptedIOException("interrupted");
        }
    }

    /** The receiver's stdout; its end after an interruption is the interruption. */
    private final class InterruptibleInput extends FilterInputStream {
        InterruptibleInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                if (b < 0) {
                    checkInterrupted();
                }
                return b;
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                if (n < 0) {
                    checkInterrupted();
                }
                return n;
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    /** The receiver's stdin. */
    private final class InterruptibleOutput extends FilterOutputStream {
        InterruptibleOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    private static void closeQuietly(AutoCloseable stream) {
        try {
            stream.close();
        } catch (Exception e) {
            // the receiver has gone: nothing is left to close
        }
    }
}
