package xsh.hv.sim.console;

import xsh.hv.ShutdownReason;

/** What the host tells the console about the guest, which the guest would print about itself. */
public enum ConsoleEvent {
    POWEROFF,
    REBOOT,
    CRASH,
    WATCHDOG,
    /** A kexec into a new kernel: the guest boots again in the same domain. */
    SOFT_RESET,
    /** Suspended for a save or a migration. */
    SUSPEND,
    /** Running again after a suspend (a checkpoint's save -c, a failed migration, a restore). */
    RESUME;

    public static ConsoleEvent of(ShutdownReason reason) {
        return switch (reason) {
            case POWEROFF -> POWEROFF;
            case REBOOT -> REBOOT;
            case SUSPEND -> SUSPEND;
            case CRASH -> CRASH;
            case WATCHDOG -> WATCHDOG;
            case SOFT_RESET -> SOFT_RESET;
        };
    }

    /** Whether the guest stops printing its boot after this. */
    boolean endsBoot() {
        return this != SUSPEND && this != RESUME;
    }

    /** Whether the guest boots again right after this. */
    boolean startsBoot() {
        return this == SOFT_RESET;
    }
}
