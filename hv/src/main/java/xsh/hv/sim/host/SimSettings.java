package xsh.hv.sim.host;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The pace of an embedded host, stored with it so every process sees the same.
 *
 * @param shutdownDelay       how long a guest takes to act on a shutdown or reboot request
 * @param restartDelay        how long xl's monitor waits before building a domain again
 *                            (xl sleeps 2 s: "If this sleep is not there then domain
 *                            re-creation fails sometimes")
 * @param balloonKibPerSecond how fast a balloon driver moves toward its target, while the
 *                            guest runs
 * @param dirtyBytesPerSecond how fast a new guest's workload dirties its memory
 * @param guestLoad           the load (0..1) a new guest starts with; empty: one fixed by its
 *                            uuid, between 5% and 60%, so guests differ as real ones do
 */
public record SimSettings(Duration shutdownDelay, Duration restartDelay, long balloonKibPerSecond,
                          long dirtyBytesPerSecond, OptionalDouble guestLoad) {

    public static final SimSettings DEFAULT = new SimSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
            256 * 1024, 4L * 1024 * 1024, OptionalDouble.empty());

    public SimSettings {
        if (shutdownDelay.isNegative() || restartDelay.isNegative()) {
            throw new IllegalArgumentException("delays cannot be negative");
        }
        if (balloonKibPerSecond <= 0) {
            throw new IllegalArgumentException("the balloon speed must be positive: " + balloonKibPerSecond);
        }
        if (dirtyBytesPerSecond < 0) {
            throw new IllegalArgumentException("the dirty rate cannot be negative: " + dirtyBytesPerSecond);
        }
        if (guestLoad.isPresent() && !(guestLoad.getAsDouble() >= 0 && guestLoad.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("a load is between 0 and 1, not " + guestLoad.getAsDouble());
        }
    }

    public SimSettings withShutdownDelay(Duration d) {
        return new SimSettings(d, restartDelay, balloonKibPerSecond, dirtyBytesPerSecond, guestLoad);
    }

    public SimSettings withRestartDelay(Duration d) {
        return new SimSettings(shutdownDelay, d, balloonKibPerSecond, dirtyBytesPerSecond, guestLoad);
    }

    public SimSettings withBalloonKibPerSecond(long speed) {
        return new SimSettings(shutdownDelay, restartDelay, speed, dirtyBytesPerSecond, guestLoad);
    }

    public SimSettings withDirtyBytesPerSecond(long rate) {
        return new SimSettings(shutdownDelay, restartDelay, balloonKibPerSecond, rate, guestLoad);
    }

    public SimSettings withGuestLoad(OptionalDouble load) {
        return new SimSettings(shutdownDelay, restartDelay, balloonKibPerSecond, dirtyBytesPerSecond, load);
    }
}
