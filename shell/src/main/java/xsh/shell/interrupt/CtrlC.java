package xsh.shell.interrupt;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a long command or a script runs outside the REPL's own handling, Ctrl-C (SIGINT)
 * interrupts its thread instead of ending xsh, so that it unwinds through its clean-up (a
 * migration cuts its link and resumes the source; a script runs its finally blocks). Only the
 * first Ctrl-C interrupts; what a later one does is the caller's choice. The previous handler is
 * back when this is closed.
 */
public final class CtrlC implements AutoCloseable {

    private static final String INT = "INT";

    /** What a Ctrl-C after the first does. */
    public enum Then {
        /** Nothing: the clean-up the first one started is not cut short (a migration putting its source back). */
        IGNORED,
        /** Ends xsh as Ctrl-C always does: a script stuck in its clean-up can still be left. */
        ENDS_XSH
    }

    private final SignalHandler previous;
    private final Thread thread;
    private final AtomicBoolean told;

    private CtrlC(SignalHandler previous, Thread thread, AtomicBoolean told) {
        this.previous = previous;
        this.thread = thread;
        this.told = told;
    }

    /** Ctrl-C interrupts {@code thread} until {@link #close}; later ones do as {@code then} says. */
    public static CtrlC interrupts(Thread thread, Then then) {
        AtomicBoolean told = new AtomicBoolean();
        Signal interrupt = new Signal(INT);
        try {
            return new CtrlC(Signal.handle(interrupt, signal -> {
                if (told.compareAndSet(false, true)) {
                    if (then == Then.ENDS_XSH) {
                        Signal.handle(interrupt, SignalHandler.SIG_DFL);
                    }
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
