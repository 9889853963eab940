package xsh.hv;

/**
 * The size of a new embedded host ({@code host create}); the defaults are those of the
 * FreeBSD Handbook's Dom0 ({@code dom0_mem=8192M dom0_max_vcpus=4}) on an 8-pCPU, 32 GiB box.
 *
 * @param nodes NUMA nodes; the pCPUs are split evenly among them in order (cpus 0..k-1 on
 *              node 0, and so on), so {@code cpus} must be a multiple of {@code nodes}
 */
public record HostSpec(int cpus, long memoryMib, long dom0MemoryMib, int dom0Vcpus, int nodes) {

    public static final HostSpec DEFAULT = new HostSpec(8, 32 * 1024, 8192, 4);

    /** A host with a single NUMA node. */
    public HostSpec(int cpus, long memoryMib, long dom0MemoryMib, int dom0Vcpus) {
        this(cpus, memoryMib, dom0MemoryMib, dom0Vcpus, 1);
    }

    /** The same host with {@code nodes} NUMA nodes. */
    public HostSpec withNodes(int nodes) {
        return new HostSpec(cpus, memoryMib, dom0MemoryMib, dom0Vcpus, nodes);
    }
}
