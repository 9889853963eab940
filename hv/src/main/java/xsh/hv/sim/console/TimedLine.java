package xsh.hv.sim.console;

/** A console line and the running time, in nanoseconds, at which the guest writes it. */
record TimedLine(long atNanos, String text) {
}
