package xsh.hv.sim.console;

import java.util.ArrayList;
import java.util.List;

/** The lines a Linux or FreeBSD guest prints on the console when an event happens to it. */
final class EventLines {

    private EventLines() {
    }

    /**
     * @param sinceKernelStartNanos the running time since the current boot's kernel started,
     *                              for Linux's timestamps and FreeBSD's uptime
     */
    static List<String> of(ConsoleEvent event, GuestOs os, long sinceKernelStartNanos) {
        return os == GuestOs.LINUX ? linux(event, LinuxTimestamp.of(sinceKernelStartNanos))
                : freeBsd(event, "Uptime: " + uptime(sinceKernelStartNanos));
    }

    private static List<String> linux(ConsoleEvent event, String at) {
        return switch (event) {
            case POWEROFF -> linuxShutdown("poweroff", at + "reboot: Power down");
            case REBOOT -> linuxShutdown("reboot", at + "reboot: Restarting system");
            case CRASH -> List.of(at + "sysrq: Trigger a crash",
                    at + "Kernel panic - not syncing: sysrq triggered crash",
                    at + "CPU: 0 PID: 2231 Comm: sh Not tainted " + LinuxBoot.KERNEL_RELEASE + " #1-Alpine",
                    at + "---[ end Kernel panic - not syncing: sysrq triggered crash ]---");
            case WATCHDOG -> List.of(at + "watchdog: BUG: soft lockup - CPU#0 stuck for 23s! [kworker/0:2:87]");
            case SOFT_RESET -> List.of(at + "kexec_core: Starting new kernel");
            case SUSPEND -> List.of(at + "Freezing user space processes",
                    at + "Freezing user space processes completed (elapsed 0.001 seconds)",
                    at + "OOM killer disabled.",
                    at + "Freezing remaining freezable tasks completed (elapsed 0.001 seconds)");
            case RESUME -> List.of(at + "xen:grant_table: Grant tables using version 1 layout",
                    at + "OOM killer enabled.",
                    at + "Restarting tasks ... done.");
        };
    }

    private static List<String> linuxShutdown(String request, String last) {
        return List.of(" * Stopping crond ... [ ok ]", " * Stopping sshd ... [ ok ]",
                " * Stopping networking ... [ ok ]", "The system is going down NOW!",
                "Sent SIGTERM to all processes", "Sent SIGKILL to all processes",
                "Requesting system " + request, last);
    }

    private static List<String> freeBsd(ConsoleEvent event, String uptime) {
        return switch (event) {
            case POWEROFF -> freeBsdShutdown(uptime, "The operating system has halted.");
            case REBOOT, SOFT_RESET -> freeBsdShutdown(uptime, "Rebooting...");
            case CRASH -> List.of("panic: sysctl debug.kdb.panic", "cpuid = 0",
                    "KDB: stack backtrace:",
                    "#0 0xffffffff80b9002d at kdb_backtrace+0x5d",
                    "#1 0xffffffff80b43132 at vpanic+0x132",
                    "#2 0xffffffff80b42ff3 at panic+0x43",
                    uptime);
            case WATCHDOG -> List.of("watchdog: timeout, the system is not responding");
            case SUSPEND -> List.of("xenstore0: suspending");
            case RESUME -> List.of("xenstore0: resumed");
        };
    }

    private static List<String> freeBsdShutdown(String uptime, String last) {
        List<String> lines = new ArrayList<>(List.of("Stopping cron.", "Stopping sshd.", "Stopping devd.",
                "Writing entropy file: .", "Terminated",
                "Waiting (max 60 seconds) for system process `vnlru' to stop... done",
                "Waiting (max 60 seconds) for system process `syncer' to stop...",
                "Syncing disks, vnodes remaining... 0 0 done",
                "All buffers synced."));
        lines.add(uptime);
        lines.add(last);
        return List.copyOf(lines);
    }

    /** FreeBSD's uptime: {@code 5s}, {@code 1m2s}, {@code 1h0m2s}, {@code 1d0h0m2s}. */
    static String uptime(long nanos) {
        long seconds = Math.max(0, nanos) / 1_000_000_000L;
        long days = seconds / 86400;
        long hours = seconds / 3600 % 24;
        long minutes = seconds / 60 % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append('d');
        }
        if (days > 0 || hours > 0) {
            text.append(hours).append('h');
        }
        if (days > 0 || hours > 0 || minutes > 0) {
            text.append(minutes).append('m');
        }
        return text.append(seconds % 60).append('s').toString();
    }
}
