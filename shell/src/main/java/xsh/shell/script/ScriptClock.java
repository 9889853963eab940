package xsh.shell.script;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a script sees: the wall clock ({@code now()}, {@code epoch()}), a monotonic clock for
 * schedules ({@code every}, {@code waitUntil}), and sleeping. Specs give scripts a clock whose
 * sleep only moves time on, so that an hour of {@code every} runs at once.
 */
public interface ScriptClock {

    /** The wall clock. */
    Instant now();

    /** A monotonic time in nanoseconds, for intervals only. */
    long nanoTime();

    /** Sleeps for {@code duration}; Ctrl-C (an interrupt) ends it with an InterruptedException. */
    void sleep(Duration duration) throws InterruptedException;

    /** The machine's clocks. */
    static ScriptClock system() {
        return SystemClock.INSTANCE;
    }

    /** {@link #system()}. */
    enum SystemClock implements ScriptClock {
        INSTANCE;

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            } else if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
