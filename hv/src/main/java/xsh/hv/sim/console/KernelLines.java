package xsh.hv.sim.console;

import java.util.List;
import java.util.Optional;

/**
 * What a guest's kernel prints when the host pokes it: a magic SysRq key written to
 * {@code control/sysrq} (Linux's xen drivers hand it to the SysRq handler; FreeBSD's ignore
 * it), and an NMI.
 */
public final class KernelLines {

    private static final String SYSRQ_HELP = "sysrq: HELP : loglevel(0-9) reboot(b) crash(c) terminate-all-tasks(e)"
            + " memory-full-oom-kill(f) kill-all-tasks(i) thaw-filesystems(j) sak(k) show-backtrace-all-active-cpus(l)"
            + " show-memory-usage(m) nice-all-RT-tasks(n) poweroff(o) show-registers(p) show-all-timers(q)"
            + " unraw(r) sync(s) show-task-states(t) unmount(u) show-blocked-tasks(w) dump-ftrace-buffer(z)";

    private KernelLines() {
    }

    /** The lines Linux prints for {@code key}; empty for a guest that does not act on SysRq. */
    public static Optional<List<String>> sysrq(char key, GuestOs os) {
        if (os != GuestOs.LINUX) {
            return Optional.empty();
        }
        if (key >= '0' && key <= '9') {
            return Optional.of(List.of("sysrq: Changing Loglevel", "sysrq: Loglevel set to " + key));
        }
        return Optional.of(switch (key) {
            case 'b' -> List.of("sysrq: Resetting");
            case 'o' -> List.of("sysrq: Power Off");
            case 'c' -> List.of(); // the crash's own lines say it
            case 's' -> List.of("sysrq: Emergency Sync", "Emergency Sync complete");
            case 'u' -> List.of("sysrq: Emergency Remount R/O", "Emergency Remount complete");
            case 'e' -> List.of("sysrq: Terminate All Tasks");
            case 'i' -> List.of("sysrq: Kill All Tasks");
            case 't' -> List.of("sysrq: Show State");
            case 'm' -> List.of("sysrq: Show Memory");
            case 'w' -> List.of("sysrq: Show Blocked State");
            case 'p' -> List.of("sysrq: Show Regs");
            case 'l' -> List.of("sysrq: Show backtrace of all active CPUs");
            default -> List.of(SYSRQ_HELP);
        });
    }

    /** An NMI nobody claimed, as each system reports it. */
    public static List<String> nmi(int vcpu, GuestOs os) {
        return os == GuestOs.LINUX
                ? List.of("Uhhuh. NMI received for unknown reason 30 on CPU " + vcpu + ".",
                        "Dazed and confused, but trying to continue")
                : List.of("NMI ISA 30, EISA ff", "NMI ... going to debugger");
    }

    /** An ACPI sleep button and the wake from S3, on an HVM guest. */
    public static List<String> sleep(GuestOs os) {
        return os == GuestOs.LINUX ? List.of("PM: suspend entry (deep)", "Filesystems sync: 0.001 seconds")
                : List.of("acpi_button0: sleep button pressed");
    }

    public static List<String> wake(GuestOs os) {
        return os == GuestOs.LINUX ? List.of("ACPI: PM: Waking up from system sleep state S3", "PM: suspend exit")
                : List.of("acpi0: resumed from S3");
    }
}
