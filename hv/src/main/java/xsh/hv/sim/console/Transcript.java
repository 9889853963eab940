package xsh.hv.sim.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a boot transcript: lines after given delays, each delay stretched or shrunk a
 * little by a generator seeded from the guest, so two guests do not boot in lockstep and
 * one guest boots the same way every time. {@link Random}'s sequence is specified, so the
 * transcript is the same on every JVM.
 */
final class Transcript {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final Random jitter;
    private final List<TimedLine> lines = new ArrayList<>();
    private long nowNanos;
    private long kernelStartNanos;

    Transcript(long startNanos, long seed) {
        this.nowNanos = startNanos;
        this.kernelStartNanos = startNanos;
        this.jitter = new Random(seed);
    }

    /** The line, {@code millis} (±20%) after the previous one. */
    Transcript after(long millis, String text) {
        lines.add(new TimedLine(advance(millis), text));
        return this;
    }

    /** Time passing, {@code millis} (±20%), without a line. */
    Transcript pause(long millis) {
        advance(millis);
        return this;
    }

    /** From here on, kernel timestamps count from now. */
    Transcript kernelStarts() {
        kernelStartNanos = nowNanos;
        return this;
    }

    /** A Linux kernel line, {@code millis} (±20%) after the previous one, with its timestamp. */
    Transcript kernel(long millis, String text) {
        long at = advance(millis);
        lines.add(new TimedLine(at, LinuxTimestamp.of(at - kernelStartNanos) + text));
        return this;
    }

    private long advance(long millis) {
        nowNanos += Math.round(millis * NANOS_PER_MILLI * (0.8 + 0.4 * jitter.nextDouble()));
        return nowNanos;
    }

    long kernelStartNanos() {
        return kernelStartNanos;
    }

    List<TimedLine> lines() {
        return List.copyOf(lines);
    }
}
