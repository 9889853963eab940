package xsh.hv.xen;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.command.Completed;
import xsh.hv.command.ProgramException;
import xsh.hv.command.ProgramRunner;
import xsh.hv.xen.parse.XlFailure;

/**
 * The Dom0's {@code xl}: each call one {@code xl [-v...] ARGS} run, a failure thrown as the
 * {@link HvException} xl's exit code and stderr stand for.
 *
 * <p>What xl reports is kept for a moment ({@value #FRESH_MILLIS} ms) so that the several
 * reads one xsh command makes ({@code list}, then the domain it names, then its pool) cost one
 * xl run each; every change xsh makes forgets it all, so a read after a change sees the change.
 * Reads that will be wanted together run side by side ({@link #prefetch}).
 */
final class Xl {

    /** How long after its end a read is still taken for the host's state. */
    static final long FRESH_MILLIS = 1000;

    /** For a command that reads or changes the host's state. */
    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(2);

    /** Commands that print nothing when they succeed and exit 0 even when they fail (reference §10.2). */
    private static final Set<String> SILENT = Set.of("pause", "unpause", "suspend", "resume", "trigger", "sysrq");

    /** A read under way or done; {@code doneAt} is set when it ended. */
    private static final class Read {
        final CompletableFuture<String> stdout = new CompletableFuture<>();
        volatile long doneAt = Long.MAX_VALUE;

        boolean fresh() {
            return doneAt == Long.MAX_VALUE || System.currentTimeMillis() - doneAt < FRESH_MILLIS;
        }
    }

    /** Threads for reads side by side: each waits on its xl, so there are as many as reads, not as cores. */
    private static final java.util.concurrent.Executor READERS = java.util.concurrent.Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "xl-read");
        thread.setDaemon(true);
        return thread;
    });

    private final ProgramRunner runner;
    private final int verbosity;
    private final Map<List<String>, Read> reads = new HashMap<>();

    Xl(ProgramRunner runner, int verbosity) {
        this.runner = runner;
        this.verbosity = verbosity;
    }

    ProgramRunner runner() {
        return runner;
    }

    /**
     * {@code xl ARGS}' stdout: the same read's if one is under way or ended a moment ago and no
     * change came since, else xl's now.
     */
    String read(String... args) {
        List<String> key = List.of(args);
        Read read;
        boolean mine = false;
        synchronized (reads) {
            read = reads.get(key);
            if (read == null || !read.fresh() || read.stdout.isCompletedExceptionally()) {
                read = new Read();
                reads.put(key, read);
                mine = true;
            }
        }
        if (mine) {
            try {
                read.stdout.complete(run(key));
            } catch (RuntimeException e) {
                read.stdout.completeExceptionally(e);
            } finally {
                read.doneAt = System.currentTimeMillis();
            }
        }
        try {
            return read.stdout.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Several reads side by side, as {@link #read} makes each: their stdouts in the same order,
     * of one moment, however long the slowest took.
     */
    List<String> readAll(List<List<String>> commands) {
        List<CompletableFuture<String>> running = new ArrayList<>();
        for (List<String> command : commands) {
            running.add(CompletableFuture.supplyAsync(() -> read(command.toArray(String[]::new)), READERS));
        }
        List<String> stdouts = new ArrayList<>();
        for (CompletableFuture<String> read : running) {
            try {
                stdouts.add(read.join());
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return stdouts;
    }

    /** {@code xl ARGS} that changes the host: what xl read before is forgotten. */
    String change(String... args) {
        forget();
        try {
            return run(List.of(args));
        } finally {
            forget();
        }
    }

    void forget() {
        synchronized (reads) {
            reads.clear();
        }
    }

    /** Parses a read, a malformed output told in one line that names the command. */
    static <T> T parsed(String command, Function<String, T> parser, String stdout) {
        try {
            return parser.apply(stdout);
        } catch (IllegalArgumentException e) {
            throw new HvException(HvError.FAIL, "cannot read the output of xl " + command + ": " + e.getMessage());
        }
    }

    /** {@code xl [-v...] GLOBAL... ARGS} with its stderr passed on as it comes: save, restore, migrate. */
    void stream(List<String> args, OutputStream stderr, Duration limit) {
        forget();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                err.write(b);
                stderr.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                err.write(b, off, len);
                stderr.write(b, off, len);
            }
        };
        int exit;
        try {
            exit = runner.run(command(args), null, OutputStream.nullOutputStream(), both, limit);
        } catch (ProgramException e) {
            throw notRun(e);
        } finally {
            forget();
        }
        fail(args, exit, err.toString(StandardCharsets.UTF_8));
    }

    private String run(List<String> args) {
        Completed done;
        try {
            done = runner.run(command(args), COMMAND_LIMIT);
        } catch (ProgramException e) {
            throw notRun(e);
        }
        fail(args, done.exitCode(), done.stderr());
        return done.stdout();
    }

    private static void fail(List<String> args, int exit, String stderr) {
        var failure = XlFailure.of(args, exit, stderr);
        if (failure.isPresent()) {
            throw XlLines.told(failure.get());
        }
        if (exit == 0 && SILENT.contains(subcommand(args))) {
            XlLines.complaint(stderr).ifPresent(line -> {
                throw XlLines.told(new HvException(HvError.FAIL, line));
            });
        }
    }

    /** xl that could not be run at all: on this machine, most likely no xl on PATH (not a Dom0). */
    private HvException notRun(ProgramException e) {
        if (e.exitCode() == ProgramException.CANNOT_RUN && runner.isLocal()) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage().replaceFirst("^.*error=\\d+, ", "") : e.getMessage();
            return new HvException(HvError.FAIL, "cannot run xl on this machine: " + reason
                    + " (--backend xen needs a Xen Dom0 with xl on PATH)");
        }
        return new HvException(HvError.FAIL, e.getMessage());
    }

    private static String subcommand(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
    }

    /** {@code xl}, one {@code -v} per level of verbosity, then the arguments. */
    private List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("xl");
        for (int i = 0; i < verbosity; i++) {
            command.add("-v");
        }
        command.addAll(args);
        return command;
    }
}
