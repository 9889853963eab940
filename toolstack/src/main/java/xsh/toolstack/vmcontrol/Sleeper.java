package xsh.toolstack.vmcontrol;

import java.time.Duration;

/** Waits between two looks at the host; a spec substitutes one that does not sleep. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
