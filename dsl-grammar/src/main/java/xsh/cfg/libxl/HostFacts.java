package xsh.cfg.libxl;

import xsh.cfg.cpulist.HostTopology;

/**
 * What {@code xl -N create} learns from the host while it builds the domain config: the
 * CPU topology (CPU maps are sized by it, and {@code all} and {@code node:N} resolve against
 * it), the directory of Xen's firmware images ({@code firmware="pvgrub64"} becomes a kernel
 * there), and xl.conf.
 *
 * @param topology    the host's CPUs and their NUMA nodes
 * @param firmwareDir XENFIRMWAREDIR, e.g. {@code /usr/lib/xen-4.17/boot} on Debian
 * @param xlGlobals   the settings of {@code /etc/xen/xl.conf}
 */
public record HostFacts(HostTopology topology, String firmwareDir, XlGlobals xlGlobals) {

    /** Debian's XENFIRMWAREDIR for Xen 4.17. */
    public static final String DEBIAN_417_FIRMWARE_DIR = "/usr/lib/xen-4.17/boot";

    /** A single-node x86 host with {@code cpus} CPUs, Debian's paths and a stock xl.conf. */
    public static HostFacts of(int cpus) {
        return new HostFacts(HostTopology.singleNode(cpus), DEBIAN_417_FIRMWARE_DIR, XlGlobals.stock());
    }
}
