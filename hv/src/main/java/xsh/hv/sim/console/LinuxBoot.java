package xsh.hv.sim.console;

import xsh.cfg.domain.DomainType;

/**
 * An Alpine-like Linux guest booting on Xen: for HVM the firmware and boot loader first,
 * then the kernel's lines with their timestamps over about two seconds, OpenRC's services,
 * and getty's prompt on the Xen console (hvc0) or, for HVM, the emulated serial port.
 */
final class LinuxBoot {

    static final String KERNEL_RELEASE = "6.6.14-0-virt";

    private LinuxBoot() {
    }

    static void write(ConsoleGuest guest, Transcript boot) {
        DomainType type = guest.type();
        if (type == DomainType.HVM) {
            boot.after(40, "SeaBIOS (version rel-1.16.3-0-Xen)")
                    .after(300, "Booting from Hard Disk...")
                    .after(400, "Loading Linux virt ...")
                    .after(150, "Loading initial ramdisk ...");
        }
        boot.pause(5).kernelStarts(); // the domain builder loads the kernel first
        boot.kernel(0, "Linux version " + KERNEL_RELEASE + " (buildozer@build-3-19-x86_64) (gcc (Alpine 13.2.1_git20231014)"
                        + " 13.2.1 20231014, GNU ld (GNU Binutils) 2.41) #1-Alpine SMP PREEMPT_DYNAMIC Fri, 26 Jan 2024 11:08:07 +0000")
                .kernel(0, "Command line: " + commandLine(type))
                .kernel(0, switch (type) {
                    case PV -> "Booting paravirtualized kernel on Xen";
                    case PVH -> "Booting paravirtualized kernel on Xen PVH";
                    case HVM -> "Hypervisor detected: Xen HVM";
                })
                .kernel(0, "Xen version: 4.17 (preserve-AD)")
                .kernel(60, "xen:events: Using FIFO-based ABI")
                .kernel(90, "xen:grant_table: Grant tables using version 1 layout")
                .kernel(250, "xen_netfront: Initialising Xen virtual ethernet driver")
                .kernel(120, "blkfront: xvda: flush diskcache: enabled; persistent grants: enabled; indirect descriptors: enabled;")
                .kernel(30, " xvda: xvda1 xvda2")
                .kernel(300, "EXT4-fs (xvda2): mounted filesystem 5a3c8e22-0b1e-4c8a-9d1e-2f6f5c1a7b90 r/w with ordered data mode.")
                .kernel(200, "Run /sbin/init as init process")
                .after(300, "")
                .after(20, "   OpenRC 0.52.1 is starting up Linux " + KERNEL_RELEASE + " (x86_64)")
                .after(250, " * Mounting /proc ... [ ok ]")
                .after(200, " * Setting hostname ... [ ok ]")
                .after(350, " * Starting networking ... [ ok ]")
                .after(300, " * Starting sshd ... [ ok ]")
                .after(200, " * Starting crond ... [ ok ]")
                .after(150, "")
                .after(5, "Welcome to Alpine Linux 3.19")
                .after(1, "Kernel " + KERNEL_RELEASE + " on an x86_64 (/dev/" + (type == DomainType.HVM ? "ttyS0" : "hvc0") + ")")
                .after(1, "")
                .after(1, guest.name() + " login: ");
    }

    private static String commandLine(DomainType type) {
        return "root=/dev/xvda2 ro modules=ext4 console=" + (type == DomainType.HVM ? "ttyS0" : "hvc0");
    }
}
