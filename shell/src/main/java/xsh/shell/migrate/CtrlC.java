package xsh.shell.migrate;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a migration runs, Ctrl-C (SIGINT) interrupts its thread instead of ending xsh, wherever
 * the command was typed: as xsh's arguments, in -c text or at the prompt (where it stands in for
 * the REPL's own handler). The interrupt cuts the link ({@link CuttableRun}) and the source
 * resumes under its name; only the first Ctrl-C counts, so that a second one cannot cut short
 * what the first one undoes. The previous handler is back when this is closed.
 */
final class CtrlC implements AutoCloseable {

    private static final String INT = "INT";

    private final SignalHandler previous;
    private final Thread thread;
    private final AtomicBoolean told;

    private CtrlC(SignalHandler previous, Thread thread, AtomicBoolean told) {
        this.previous = previous;
        this.thread = thread;
        this.told = told;
    }

    /** Ctrl-C interrupts {@code thread} until {@link #close}. */
    static CtrlC interrupts(Thread thread) {
        AtomicBoolean told = new AtomicBoolean();
        try {
            return new CtrlC(Signal.handle(new Signal(INT), signal -> {
                if (told.compareAndSet(false, true)) {
                    thread.interrupt();
                }
            }), thread, told);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT here (or the JVM keeps it): Ctrl-C does what it always did
            return new CtrlC(null, thread, told);
        }
    }

    /** Restores the previous handler; an interrupt it made that nothing took is dropped, to stop nothing later. */
    @Override
    public void close() {
        if (told.get() && thread == Thread.currentThread()) {
            Thread.interrupted();
        }
        if (previous != null) {
            try {
                Signal.handle(new Signal(INT), previous);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // nothing was changed
            }
        }
    }
}
