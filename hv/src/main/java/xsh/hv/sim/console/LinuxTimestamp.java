package xsh.hv.sim.console;

/** printk's prefix: seconds since the kernel started, {@code [%5lu.%06lu] }. */
final class LinuxTimestamp {

    private LinuxTimestamp() {
    }

    static String of(long sinceKernelStartNanos) {
        long micros = Math.max(0, sinceKernelStartNanos) / 1000;
        return String.format("[%5d.%06d] ", micros / 1_000_000, micros % 1_000_000);
    }
}
