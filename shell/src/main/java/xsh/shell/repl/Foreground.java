package xsh.shell.repl;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;

/**
 * Runs a command line as the foreground job of the REPL: on a thread of its own, so that
 * Ctrl-C (SIGINT at the terminal) interrupts that thread and the REPL lives on. A command
 * stops at its next wait or I/O, undoing what it must on the way out (a save resumes its
 * guest); the REPL waits for it, since a command cut off mid-change could leave the host
 * half-changed. Only the first Ctrl-C interrupts it.
 */
public final class Foreground {

    private final Terminal terminal;
    private volatile boolean interrupted;

    public Foreground(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Runs {@code job} and returns its result, once it has ended, interrupted or not. */
    public int run(IntSupplier job) {
        interrupted = false;
        FutureTask<Integer> task = new FutureTask<>(job::getAsInt);
        Thread worker = new Thread(task, "xsh-foreground");
        SignalHandler previous = terminal.handle(Signal.INT, signal -> {
            // once: a second Ctrl-C must not cut short what the job undoes on its way out
            if (!interrupted) {
                interrupted = true;
                worker.interrupt();
            }
        });
        try {
            worker.start();
            return awaitUninterruptibly(task);
        } finally {
            terminal.handle(Signal.INT, previous);
        }
    }

    /** Whether Ctrl-C came during the job being run (or the last one). */
    public boolean interrupted() {
        return interrupted;
    }

    private static int awaitUninterruptibly(FutureTask<Integer> task) {
        boolean selfInterrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    selfInterrupted = true; // the job goes on: it is the one to stop
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (selfInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
