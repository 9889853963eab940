package xsh.shell.script

import java.time.Duration
import java.time.Instant

/** A clock whose sleep only moves time on; a run may take time too ({@link #pass}). */
class ManualScriptClock implements ScriptClock {

    long nanos = 1_000_000_000L
    Instant start = Instant.parse('2019-03-14T14:36:16Z')
    final List<Duration> sleeps = []

    @Override
    Instant now() { start.plusNanos(nanos - 1_000_000_000L) }

    @Override
    long nanoTime() { nanos }

    @Override
    void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException()
        }
        sleeps << duration
        nanos += duration.toNanos()
    }

    /** Time a script's work takes. */
    void pass(Duration duration) { nanos += duration.toNanos() }

    /** Seconds since the first instant, for readable assertions. */
    BigDecimal getSeconds() { (nanos - 1_000_000_000L) / 1_000_000_000L }
}
