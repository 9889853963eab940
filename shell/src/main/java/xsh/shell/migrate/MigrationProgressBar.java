package xsh.shell.migrate;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import xsh.shell.render.ByteUnits;
import xsh.shell.render.ProgressDisplay;
import xsh.shell.render.ProgressText;
import xsh.shell.render.Terminals;
import xsh.toolstack.migrate.MigrationProgress;
import xsh.toolstack.migrate.MigrationProgress.Phase;
import xsh.toolstack.vmcontrol.Notices;

/**
 * A migration's progress on one line of a terminal's stderr, redrawn in place: the round and
 * its phase, a bar of the round, everything sent so far, the rate and how fast the guest
 * dirtied memory in the previous round, e.g.
 * {@code Round 2 [######      ]  50% 1.2 GiB 85.3 MiB/s dirty 12.0 MiB/s}. Redrawn at most
 * every {@link ProgressDisplay#REDRAW_INTERVAL_NANOS} and whenever the round or phase changes;
 * erased before a notice is told, for the handshake and at the end. The receiver's lines reach
 * the same stderr from its own process, so the bar keeps out of their way where it can: a
 * round is drawn from its first bytes on, and nothing during the handshake. Off a terminal it
 * draws nothing, so piped stderr carries xl's lines alone.
 */
public final class MigrationProgressBar implements MigrationProgress, Notices, AutoCloseable {

    private static final String ERASE_LINE = "\r\033[K";

    private final PrintWriter err;
    private final boolean shown;
    private final LongSupplier nanoTime;
    private String label;
    private long lastDrawNanos;
    private boolean drawn;

    MigrationProgressBar(PrintWriter err, boolean shown, LongSupplier nanoTime) {
        this.err = err;
        this.shown = shown;
        this.nanoTime = nanoTime;
    }

    /** A bar on {@code err}, drawn only when stderr is a terminal that can erase a line. */
    public static MigrationProgressBar onStderr(PrintWriter err) {
        return new MigrationProgressBar(err, Terminals.stderrIsTerminal() && !"dumb".equals(System.getenv("TERM")),
                System::nanoTime);
    }

    @Override
    public synchronized void update(Status status) {
        if (!shown) {
            return;
        }
        if (status.phase() == Phase.HANDSHAKE) {
            clear(); // the receiver's lines come now, from its own process: nothing to draw over them
            return;
        }
        if (status.roundDone() == 0 && status.roundTotal() > 0) {
            return; // drawn at the round's first bytes, after what the receiver says as the stream starts
        }
        long now = nanoTime.getAsLong();
        String next = label(status);
        boolean finished = status.roundTotal() > 0 && status.roundDone() >= status.roundTotal();
        if (drawn && next.equals(label) && !finished && now - lastDrawNanos < ProgressDisplay.REDRAW_INTERVAL_NANOS) {
            return;
        }
        label = next;
        err.print(ERASE_LINE + text(status));
        err.flush();
        drawn = true;
        lastDrawNanos = now;
    }

    /** A line of its own (xl's sender lines): the bar is erased first and drawn again at the next update. */
    @Override
    public synchronized void notice(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    private void clear() {
        if (drawn) {
            err.print(ERASE_LINE);
            err.flush();
            drawn = false;
        }
    }

    @Override
    public synchronized void close() {
        clear();
    }

    /** The line's text; it fits in 79 columns for rounds below 100 and amounts below 1024 TiB. */
    static String text(Status status) {
        StringBuilder line = new StringBuilder(label(status)).append(' ');
        line.append(ProgressText.meter(status.roundDone(), status.roundTotal())).append(' ');
        line.append(ByteUnits.of(status.bytesSent())).append(' ');
        line.append(status.bytesPerSecond() > 0 ? ByteUnits.rate(status.bytesPerSecond()) : ProgressText.UNKNOWN_RATE);
        if (status.dirtyBytesPerSecond() > 0) {
            line.append(" dirty ").append(ByteUnits.rate(status.dirtyBytesPerSecond()));
        }
        return line.toString();
    }

    static String label(Status status) {
        return switch (status.phase()) {
            case STORAGE -> "Disks";
            case PRECOPY -> "Round " + status.round();
            case STOP_AND_COPY -> "Round " + status.round() + " final";
            case HANDSHAKE -> "Handshake";
        };
    }
}
