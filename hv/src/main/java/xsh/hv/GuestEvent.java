package xsh.hv;

/** What the guest itself can do, injected for tests and demos ({@code host inject}). */
public enum GuestEvent {
    CRASH,
    WATCHDOG,
    POWEROFF,
    REBOOT,
    SOFT_RESET
}
