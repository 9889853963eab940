package xsh.shell.dsl;

import java.time.Duration;
import java.util.function.Supplier;
import xsh.error.XshException;
import xsh.toolstack.vmcontrol.Sleeper;

/**
 * A wait with a limit: the waits it passes on to {@code inner} add up, and the one that would
 * go past {@code limit} is a failure instead. Counting the waits rather than reading a clock
 * keeps the limit exact whatever clock the host runs on.
 */
final class TimedSleeper implements Sleeper {

    private final Sleeper inner;
    private final Duration limit;
    private final Supplier<XshException> expired;
    private Duration waited = Duration.ZERO;

    TimedSleeper(Sleeper inner, Duration limit, Supplier<XshException> expired) {
        this.inner = inner;
        this.limit = limit;
        this.expired = expired;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (waited.plus(duration).compareTo(limit) > 0) {
            throw expired.get();
        }
        inner.sleep(duration);
        waited = waited.plus(duration);
    }
}
