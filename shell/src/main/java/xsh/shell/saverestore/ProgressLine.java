package xsh.shell.saverestore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import xsh.shell.render.Terminals;
import xsh.toolstack.saverestore.ImageProgress;

/**
 * A save's or a restore's progress on one line of a terminal's stderr, redrawn in place
 * (carriage return, erase to the end of the line) each time the percentage moves, and erased
 * before any other line is told and when the work ends. Off a terminal it writes nothing, so
 * piped stderr carries xl's bytes only.
 */
final class ProgressLine implements ImageProgress, AutoCloseable {

    private static final String ERASE_LINE = "\r\033[K";
    private static final long MIB = 1 << 20;

    private final PrintWriter err;
    private final boolean shown;
    private Step step;
    private int percent = -1;
    private boolean drawn;

    ProgressLine(PrintWriter err, boolean onTerminal) {
        this.err = err;
        this.shown = onTerminal;
    }

    /** A progress line on {@code err}, drawn only when stderr is a terminal. */
    static ProgressLine onStderr(PrintWriter err) {
        return new ProgressLine(err, stderrIsTerminal());
    }

    @Override
    public void progress(Step step, long done, long total) {
        if (!shown || total <= 0) {
            return;
        }
        int now = (int) Math.min(100, done * 100 / total);
        if (step == this.step && now == percent) {
            return;
        }
        this.step = step;
        this.percent = now;
        err.print(ERASE_LINE + String.format("%s: %3d%% (%d/%d MiB)", label(step), now, done / MIB, total / MIB));
        err.flush();
        drawn = true;
    }

    /** Tells a line of its own, the progress line erased first and drawn again at the next step. */
    void tell(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    void clear() {
        if (drawn) {
            err.print(ERASE_LINE);
            err.flush();
            drawn = false;
            percent = -1;
        }
    }

    @Override
    public void close() {
        clear();
    }

    static String label(Step step) {
        return switch (step) {
            case SAVING -> "Saving memory";
            case CHECKSUMMING -> "Checksumming";
            case VERIFYING -> "Verifying image";
            case LOADING -> "Restoring memory";
        };
    }

    /**
     * Whether fd 2 is a terminal: on Linux, what {@code /proc/self/fd/2} links to; elsewhere,
     * whether xsh talks to a terminal at all.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Terminals.standardStreamsAreTerminals();
        }
    }
}
