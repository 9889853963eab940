package xsh.hv.sim.xenconsole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import xsh.hv.HostInfo;
import xsh.hv.HostSpec;
import xsh.hv.sim.host.HostMemory;
import xsh.hv.sim.store.Tx;

/**
 * What Xen 4.17 prints while it boots a host, as {@code xl dmesg} shows it afterwards: the
 * version and command line, the memory map, the CPUs and the scheduler, then the building
 * of a PV Domain-0 of the host's size. Every value comes from the host's facts
 * ({@link HostInfo}), so the boot log and {@code xl info} agree.
 */
public final class XenBootLog {

    private XenBootLog() {
    }

    /** Writes the boot messages into the (new) host's ring. */
    public static void write(Tx tx, HostSpec spec, HostInfo info) {
        XenConsole.logAll(tx, lines(spec, info));
    }

    static List<String> lines(HostSpec spec, HostInfo info) {
        List<String> l = new ArrayList<>();
        l.add("Xen version " + info.xenVersion() + " (Debian " + info.xenVersion() + "-1) ("
                + info.ccCompileBy() + "@" + info.ccCompileDomain() + ") (" + info.ccCompiler() + ") debug=n "
                + info.ccCompileDate());
        l.add("Bootloader: GRUB 2.06-13+deb12u1");
        l.add("Command line: " + info.xenCommandline());
        l.add("Xen image load base address: 0");
        l.add("Video information:");
        l.add(" VGA is text mode 80x25, font 8x16");
        l.add("Disc information:");
        l.add(" Found 1 MBR signatures");
        l.add(" Found 1 EDD information structures");
        l.add("Xen-e820 RAM map:");
        long top = spec.memoryMib() * 1024 * 1024;
        l.add(" [0000000000000000, 000000000009bfff] (usable)");
        l.add(" [000000000009c000, 00000000000fffff] (reserved)");
        l.add(String.format(Locale.ROOT, " [0000000000100000, %016x] (usable)", top - 1));
        l.add(String.format(Locale.ROOT, "System RAM: %dMB (%dkB)", spec.memoryMib(), spec.memoryMib() * 1024));
        l.add("ACPI: RSDP 000F05B0, 0024 (r2 XSHSIM)");
        if (spec.nodes() > 1) {
            long perNode = top / spec.nodes();
            for (int node = 0; node < spec.nodes(); node++) {
                l.add(String.format(Locale.ROOT, "NUMA: Node %d [%016x, %016x]", node, perNode * node,
                        perNode * (node + 1) - 1));
            }
        } else {
            l.add("No NUMA configuration found");
            l.add(String.format(Locale.ROOT, "Faking a node at 0000000000000000-%016x", top));
        }
        l.add("Domain heap initialised");
        l.add("SMP: Allowing " + spec.cpus() + " CPUs (0 hotplug CPUs)");
        l.add("IRQ limits: 48 GSI, 1504 MSI/MSI-X");
        l.add("Using scheduler: " + schedulerTitle(info));
        l.add(String.format(Locale.ROOT, "Detected %d.%03d MHz processor.", info.cpuKhz() / 1000, info.cpuKhz() % 1000));
        l.add("HVM: ASIDs enabled.");
        l.add("HVM: VMX enabled");
        l.add("HVM: Hardware Assisted Paging (HAP) detected");
        l.add("Brought up " + spec.cpus() + " CPUs");
        l.add("Scheduling granularity: cpu, 1 CPU per sched-resource");
        l.add("Xen reserved " + HostMemory.xenReservedKib(spec) + "kB for its frame table and heap");
        l.add("*** Building a PV Dom0 ***");
        l.add(" Xen  kernel: 64-bit, lsb");
        l.add(" Dom0 kernel: 64-bit, PAE, lsb, paddr 0x1000000 -> 0x3400000");
        long pages = spec.dom0MemoryMib() * 256;
        l.add("PHYSICAL MEMORY ARRANGEMENT:");
        l.add(String.format(Locale.ROOT, " Dom0 alloc.:   %016x->%016x (%d pages to be allocated)",
                0x0000000818000000L, 0x0000000818000000L + pages * 4096, pages));
        l.add("Dom0 has maximum " + spec.dom0Vcpus() + " VCPUs");
        l.add("Initial low memory virq threshold set at 0x4000 pages.");
        l.add("Scrubbing Free RAM in background");
        l.add("Std. Loglevel: Errors and warnings");
        l.add("Guest Loglevel: Nothing (Rate-limited: Errors and warnings)");
        l.add("*** Serial input to DOM0 (type 'CTRL-a' three times to switch input)");
        l.add("Freed 644kB init memory");
        return l;
    }

    private static String schedulerTitle(HostInfo info) {
        return switch (info.xenScheduler()) {
            case CREDIT -> "SMP Credit Scheduler (credit)";
            case CREDIT2 -> "SMP Credit Scheduler rev2 (credit2)";
            case RTDS -> "SMP RTDS Scheduler (rtds)";
            case NULL -> "null Scheduler (null)";
            case ARINC653 -> "ARINC 653 Scheduler (arinc653)";
            default -> info.xenScheduler().libxlName();
        };
    }
}
