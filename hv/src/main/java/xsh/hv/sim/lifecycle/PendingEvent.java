package xsh.hv.sim.lifecycle;

/** A row of {@code events}; {@code dueNs} null means "when the guest runs again". */
record PendingEvent(long seq, Long dueNs, Integer domid, EventKind kind, Integer reason, byte[] payload) {
}
