package xsh.shell.saverestore;

import java.io.PrintWriter;
import xsh.shell.render.ProgressDisplay;
import xsh.toolstack.saverestore.ImageProgress;

/**
 * A save's or a restore's progress, each step of it named, on a {@link ProgressDisplay}: bytes,
 * rate and time left on a terminal's stderr, nothing when stderr is not a terminal, so piped
 * stderr carries xl's bytes only.
 */
public final class ProgressLine implements ImageProgress, AutoCloseable {

    private final ProgressDisplay display;

    ProgressLine(ProgressDisplay display) {
        this.display = display;
    }

    /** A progress line on {@code err}, drawn only when stderr is a terminal. */
    public static ProgressLine onStderr(PrintWriter err) {
        return new ProgressLine(ProgressDisplay.onStderr(err));
    }

    @Override
    public void progress(Step step, long done, long total) {
        display.update(label(step), done, total);
    }

    /** Tells a line of its own, the progress line erased first and drawn again at the next step. */
    public void tell(String line) {
        display.tell(line);
    }

    @Override
    public void close() {
        display.close();
    }

    static String label(Step step) {
        return switch (step) {
            case SAVING -> "Saving memory";
            case CHECKSUMMING -> "Checksumming";
            case VERIFYING -> "Verifying image";
            case LOADING -> "Restoring memory";
        };
    }
}
