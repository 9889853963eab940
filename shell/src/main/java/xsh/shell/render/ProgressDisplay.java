package xsh.shell.render;

import java.io.PrintWriter;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Long work's progress on one line of a terminal (stderr), redrawn in place: carriage return,
 * erase to the end of the line, the {@link ProgressText}. Redrawn at most every
 * {@link #REDRAW_INTERVAL_NANOS}, and at once when a stage starts or ends, so a fast copy does
 * not spend its time writing to the terminal. The rate is a stage's bytes so far over its time
 * so far. Erased before any other line is told and at the end. Off a terminal it writes nothing
 * but the lines told, so piped stderr carries only what a script expects. Its methods are
 * synchronized: a line may be told from another thread than the one that does the work.
 */
public final class ProgressDisplay implements AutoCloseable {

    public static final long REDRAW_INTERVAL_NANOS = 100_000_000L;
    private static final String ERASE_LINE = "\r\033[K";

    private final PrintWriter err;
    private final boolean shown;
    private final LongSupplier nanoTime;
    private String stage;
    private long stageStartNanos;
    private long stageStartDone;
    private long lastDrawNanos;
    private long lastDone = -1;
    private boolean drawn;

    /** @param nanoTime a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests */
    public ProgressDisplay(PrintWriter err, boolean shown, LongSupplier nanoTime) {
        this.err = err;
        this.shown = shown;
        this.nanoTime = nanoTime;
    }

    /** A display on {@code err}, drawn only when stderr is a terminal that can erase a line. */
    public static ProgressDisplay onStderr(PrintWriter err) {
        return new ProgressDisplay(err, drawable(System.getenv(), Terminals.stderrIsTerminal()), System::nanoTime);
    }

    /** Whether a line can be redrawn in place: on a terminal, unless TERM says it is dumb (no erase). */
    static boolean drawable(Map<String, String> environment, boolean stderrIsTerminal) {
        return stderrIsTerminal && !"dumb".equals(environment.get("TERM"));
    }

    /** Where the work of {@code stage} is: {@code done} bytes out of {@code total}. */
    public synchronized void update(String stage, long done, long total) {
        if (!shown || total <= 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        boolean newStage = !stage.equals(this.stage);
        if (newStage) {
            this.stage = stage;
            stageStartNanos = now;
            stageStartDone = done;
        } else if (drawn && (done == lastDone || done < total && now - lastDrawNanos < REDRAW_INTERVAL_NANOS)) {
            return;
        }
        err.print(ERASE_LINE + ProgressText.line(stage, done, total, rate(now, done)));
        err.flush();
        drawn = true;
        lastDrawNanos = now;
        lastDone = done;
    }

    private OptionalDouble rate(long now, long done) {
        long elapsed = now - stageStartNanos;
        long bytes = done - stageStartDone;
        return elapsed <= 0 || bytes <= 0 ? OptionalDouble.empty() : OptionalDouble.of(bytes * 1e9 / elapsed);
    }

    /** Tells a line of its own: the progress line is erased first and drawn again at the next update. */
    public synchronized void tell(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    /** Erases the progress line, if one is drawn. */
    public synchronized void clear() {
        if (drawn) {
            err.print(ERASE_LINE);
            err.flush();
            drawn = false;
            lastDone = -1;
        }
    }

    @Override
    public synchronized void close() {
        clear();
    }
}
