package xsh.hv;

import java.util.Optional;

/**
 * The six state flags {@code xl list} shows, with xl's meanings: running on a pCPU now,
 * blocked, paused by the toolstack (a nesting count), shut down (with a reason), dying.
 */
public record DomainState(boolean running, boolean blocked, int pauseCount, Optional<ShutdownReason> shutdown,
                          boolean dying) {

    public boolean paused() {
        return pauseCount > 0;
    }

    public boolean isShutdown() {
        return shutdown.isPresent();
    }

    /** The six characters of {@code xl list}'s State column, e.g. {@code r-----}, {@code ---sc-}. */
    public String flags() {
        return new String(new char[] {
            running ? 'r' : '-',
            blocked ? 'b' : '-',
            paused() ? 'p' : '-',
            shutdown.isPresent() ? 's' : '-',
            shutdown.map(ShutdownReason::letter).orElse('-'),
            dying ? 'd' : '-'
        });
    }
}
