package xsh.shell.zfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.toolstack.zfs.Zfs;
import xsh.toolstack.zfs.ZfsOutcome;
import xsh.toolstack.zfs.ZfsReceive;
import xsh.toolstack.zfs.ZfsRequest;
import xsh.toolstack.zfs.ZfsSend;
import xsh.toolstack.zfs.ZfsStreams;
import xsh.toolstack.zfs.ZfsUsage;

/**
 * One zfs command line run against a host, printed as zfs prints it: the table on stdout, zfs's
 * lines on stderr, zfs's exit code (2 for a usage error, 1 for a failure). Shared by the
 * {@code zfs} front end and xsh's own {@code zfs} command.
 */
final class ZfsInvocation {

    /** Where the command reads and writes. */
    interface Io {
        PrintWriter out();

        PrintWriter err();

        /** Where {@code send} writes when no file is given: stdout's bytes. */
        OutputStream stdout();

        /** What {@code receive} reads when no file is given: stdin. */
        InputStream stdin();

        boolean stdoutIsTerminal();

        boolean stdinIsTerminal();
    }

    /**
     * An {@link Io} over text writers and the byte streams beneath them: before {@code send}
     * writes its bytes, the text already written is flushed, so the two keep their order.
     */
    record TextAndBytes(PrintWriter out, PrintWriter err, OutputStream stdout, InputStream stdin,
                   BooleanSupplier stdoutTerminal, BooleanSupplier stdinTerminal) implements Io {
        @Override
        public OutputStream stdout() {
            out.flush();
            try {
                stdout.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return stdout;
        }

        @Override
        public boolean stdoutIsTerminal() {
            return stdoutTerminal.getAsBoolean();
        }

        @Override
        public boolean stdinIsTerminal() {
            return stdinTerminal.getAsBoolean();
        }
    }

    /**
     * xsh's additions: JSON for listings, and a file for send and receive instead of
     * stdout or stdin.
     */
    record Extras(boolean json, Path file, boolean debug) {
        static final Extras NONE = new Extras(false, null, false);
    }

    private ZfsInvocation() {
    }

    /** Runs {@code zfs ARGV...}; returns its exit code. */
    static int run(List<String> argv, Supplier<Hypervisor> host, Io io, Extras extras) {
        try {
            if (!argv.isEmpty() && argv.get(0).equals("-?")) {
                io.out().print(ZfsUsage.full()); // asked for: on stdout, and no error
                io.out().flush();
                return 0;
            }
            ZfsRequest request = Zfs.parse(argv);
            String refusal = streamRefusal(request, io, extras);
            if (refusal != null) {
                return fail(io, refusal, 1);
            }
            ZfsOutcome outcome;
            try (Hypervisor hv = host.get(); Streams streams = new Streams(io, extras.file())) {
                outcome = request.run(hv.storage(), streams);
            }
            outcome.errors().forEach(io.err()::println);
            io.err().flush();
            outcome.table().ifPresent(table ->
                    io.out().print(extras.json() ? ZfsJson.render(table) : ZfsTableText.render(table)));
            io.out().flush();
            return outcome.exitCode();
        } catch (RuntimeException e) {
            int exitCode = report(io, e);
            if (extras.debug()) {
                e.printStackTrace(io.err());
                io.err().flush();
            }
            return exitCode;
        }
    }

    /** Prints a failure as zfs (or, for what zfs never says, xsh) words it; returns its exit code. */
    private static int report(Io io, RuntimeException failure) {
        if (failure instanceof MultiLineException lines) {
            lines.lines().forEach(io.err()::println);
            io.err().flush();
            return lines.exitCode();
        }
        if (failure instanceof XshException xsh) {
            return fail(io, xsh.getMessage(), xsh.exitCode());
        }
        if (failure instanceof UncheckedIOException unchecked) {
            return fail(io, "xsh: " + unchecked.getCause().getMessage(), 1);
        }
        String message = failure.getMessage();
        return fail(io, "xsh: " + (message == null || message.isBlank() ? failure.toString() : message), 1);
    }

    /** zfs refuses to write a stream to a terminal or read one from it. */
    private static String streamRefusal(ZfsRequest request, Io io, Extras extras) {
        if (extras.file() != null) {
            return null;
        }
        if (request instanceof ZfsSend && io.stdoutIsTerminal()) {
            return "Error: Stream can not be written to a terminal.\nYou must redirect standard output.";
        }
        if (request instanceof ZfsReceive receive && !receive.dryRun() && io.stdinIsTerminal()) {
            return "Error: Backup stream can not be read from a terminal.\nYou must redirect standard input.";
        }
        return null;
    }

    private static int fail(Io io, String message, int exitCode) {
        io.err().println(message);
        io.err().flush();
        return exitCode;
    }

    /** stdin and stdout, or the file xsh's send and receive were given; opened when asked for. */
    private static final class Streams implements ZfsStreams, AutoCloseable {
        private final Io io;
        private final Path file;
        private OutputStream output;
        private InputStream input;

        Streams(Io io, Path file) {
            this.io = io;
            this.file = file;
        }

        @Override
        public InputStream input() {
            if (input == null) {
                input = file == null ? io.stdin() : open(() -> Files.newInputStream(file));
            }
            return input;
        }

        @Override
        public OutputStream output() {
            if (output == null) {
                output = file == null ? io.stdout() : open(() -> Files.newOutputStream(file));
            }
            return output;
        }

        @Override
        public void close() {
            try {
                if (output != null) {
                    output.flush();
                    if (file != null) {
                        output.close();
                    }
                }
                if (input != null && file != null) {
                    input.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private interface Opener<T> {
            T open() throws IOException;
        }

        private <T> T open(Opener<T> opener) {
            try {
                return opener.open();
            } catch (IOException e) {
                throw new XshException("xsh: " + file + ": " + reason(e), 1);
            }
        }

        private static String reason(IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                return "No such file or directory";
            }
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "Permission denied";
            }
            return e.getMessage();
        }
    }
}
