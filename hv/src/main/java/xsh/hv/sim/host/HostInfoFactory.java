package xsh.hv.sim.host;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.HostInfo;
import xsh.hv.HostSpec;
import xsh.hv.NumaNode;

/**
 * What {@code xl info} says about an embedded host: a Debian 12 Dom0 running Debian's Xen
 * 4.17. Values that differ between real machines (clock speed, CPU features) are chosen from
 * a few real ones by the host's name, so a host always says the same and two hosts may differ.
 */
public final class HostInfoFactory {

    public static final int XEN_MAJOR = 4;
    public static final int XEN_MINOR = 17;
    public static final String XEN_EXTRA = ".7";
    public static final Scheduler DEFAULT_SCHEDULER = Scheduler.CREDIT2;

    private static final long[] CPU_KHZ = {2_394_454, 2_593_992, 2_999_998, 3_192_612, 3_400_022};

    /** hw_caps of real Intel and AMD hosts (cpuid leaves as Xen prints them). */
    private static final String[] HW_CAPS = {
        "bfebfbff:77fafbff:2c100800:00000121:0000000f:009c6fbf:00000000:00000100",
        "178bfbff:f6d8320b:2e500800:244037ff:0000000f:219c91a9:0040069c:00019b3c",
        "bfebfbff:fffa3203:2c100800:00000121:0000000f:f3bfa7eb:00000000:00000100",
    };

    private HostInfoFactory() {
    }

    /**
     * @param freeKib  memory no domain holds, in KiB
     * @param freeCpus pCPUs in no cpupool
     */
    public static HostInfo info(HostRecord host, long freeKib, int freeCpus) {
        HostSpec spec = host.spec();
        Topology topology = new Topology(spec);
        int seed = Math.floorMod(host.name().hashCode(), 1 << 16);
        return new HostInfo(
                host.name(),
                "6.1.0-28-amd64",
                "#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)",
                "x86_64",
                spec.cpus(), spec.cpus() - 1, spec.nodes(), topology.coresPerSocket(), topology.threadsPerCore(),
                CPU_KHZ[seed % CPU_KHZ.length],
                HW_CAPS[seed % HW_CAPS.length],
                "pv hvm hvm_directio pv_directio hap shadow iommu_hap_pt_share gnttab-v1 gnttab-v2",
                spec.memoryMib(), freeKib / 1024, 0, 0, 0, freeCpus,
                XEN_MAJOR, XEN_MINOR, XEN_EXTRA,
                "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64",
                DEFAULT_SCHEDULER,
                4096,
                0xffff800000000000L,
                // Debian builds from a release tarball, where Xen's scmversion finds no changeset
                "",
                "placeholder dom0_mem=" + spec.dom0MemoryMib() + "M,max:" + spec.dom0MemoryMib() + "M dom0_max_vcpus="
                        + spec.dom0Vcpus() + " no-real-mode edd=off",
                "x86_64-linux-gnu-gcc (Debian 12.2.0-14+deb12u1) 12.2.0",
                "pkg-xen-devel",
                "lists.alioth.debian.org",
                "Tue Feb 11 09:30:27 UTC 2025",
                buildId(),
                topology.nodeOfCpu(),
                // guests' memory is not placed on nodes: what is free is spread as the memory is
                NumaNode.evenSplit(spec.nodes(), spec.memoryMib(), freeKib / 1024));
    }

    /** The same build for every host: they all run the same Xen binary. */
    private static String buildId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(("xen " + XEN_MAJOR + "." + XEN_MINOR + XEN_EXTRA + " debian").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
