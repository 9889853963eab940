package xsh.hv;

/** What {@link Hypervisor#shutdown} asks of a guest. */
public enum ShutdownRequest {
    POWEROFF,
    REBOOT
}
