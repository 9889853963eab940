package xsh.hv.sim.lifecycle;

/** Effects that happen later than the operation that causes them. */
enum EventKind {
    /** The guest acts on a shutdown/reboot request (or an ACPI power button) it was sent. */
    GUEST_SHUTDOWN,
    /** xl's monitor builds the domain again after "Done. Rebooting now" and its 2 s sleep. */
    RESTART,
    /** xl's monitor soft-resets the domain, keeping its domid. */
    SOFT_RESET
}
