package xsh.hv;

import java.util.Optional;
import xsh.cfg.domain.ShutdownEvent;

/**
 * Why a domain shut down, with Xen's reason codes and the letter {@code xl list} shows in
 * the fifth state column ({@code "-rscwS"} indexed by code).
 */
public enum ShutdownReason {
    POWEROFF(0, '-'),
    REBOOT(1, 'r'),
    SUSPEND(2, 's'),
    CRASH(3, 'c'),
    WATCHDOG(4, 'w'),
    SOFT_RESET(5, 'S');

    private final int code;
    private final char letter;

    ShutdownReason(int code, char letter) {
        this.code = code;
        this.letter = letter;
    }

    public int code() {
        return code;
    }

    public char letter() {
        return letter;
    }

    /** The on_* setting that decides what happens next; none for suspend (xl keeps waiting). */
    public Optional<ShutdownEvent> event() {
        return switch (this) {
            case POWEROFF -> Optional.of(ShutdownEvent.POWEROFF);
            case REBOOT -> Optional.of(ShutdownEvent.REBOOT);
            case CRASH -> Optional.of(ShutdownEvent.CRASH);
            case WATCHDOG -> Optional.of(ShutdownEvent.WATCHDOG);
            case SOFT_RESET -> Optional.of(ShutdownEvent.SOFT_RESET);
            case SUSPEND -> Optional.empty();
        };
    }
}
