package xsh.cfg.cpulist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What resolving a CPULIST needs to know about the host: the NUMA node of every CPU id up
 * to {@code max_cpu_id} (-1 for an id with no node, e.g. offline), and how many node ids
 * the hypervisor can have ({@code max_node_id + 1}, which is MAX_NUMNODES: 64 on x86).
 *
 * <p>The second number matters because xl 4.17 gathers a node's CPUs into a bitmap sized
 * for nodes, not CPUs: {@code node:N} can only reach CPUs whose id is below that size
 * rounded up to a multiple of 8. On an x86 host with more than 64 CPUs, {@code node:1}
 * therefore misses CPUs 64 and up. {@link CpuList#resolve} reproduces this.
 *
 * @param cpuNodes node of each CPU id, -1 for none
 * @param maxNodes number of node ids the hypervisor supports
 */
public record HostTopology(List<Integer> cpuNodes, int maxNodes) {

    /** MAX_NUMNODES of x86 Xen (NODES_SHIFT 6). */
    public static final int X86_MAX_NODES = 64;

    public HostTopology {
        cpuNodes = List.copyOf(cpuNodes);
        if (maxNodes < 1) {
            throw new IllegalArgumentException("a host has at least one node id, not " + maxNodes);
        }
        for (int node : cpuNodes) {
            if (node < -1 || node >= maxNodes) {
                throw new IllegalArgumentException("node " + node + " outside 0.." + (maxNodes - 1));
            }
        }
    }

    /** An x86 host whose CPU {@code i} is on node {@code cpuNodes[i]}. */
    public static HostTopology of(int... cpuNodes) {
        List<Integer> nodes = new ArrayList<>(cpuNodes.length);
        for (int node : cpuNodes) {
            nodes.add(node);
        }
        return new HostTopology(nodes, X86_MAX_NODES);
    }

    /** An x86 host with {@code nrCpus} CPUs, all on node 0. */
    public static HostTopology singleNode(int nrCpus) {
        return new HostTopology(Collections.nCopies(nrCpus, 0), X86_MAX_NODES);
    }

    /** max_cpu_id + 1. */
    public int nrCpus() {
        return cpuNodes.size();
    }

    /** Bits in a libxl CPU bitmap: whole bytes, so a 4-CPU host has 8. */
    public int cpuMapBits() {
        return roundUpToByte(nrCpus());
    }

    /** Bits in a libxl node bitmap, which xl 4.17 also uses for a node's CPUs. */
    int nodeMapBits() {
        return roundUpToByte(maxNodes);
    }

    int nodeOf(int cpu) {
        return cpuNodes.get(cpu);
    }

    private static int roundUpToByte(int bits) {
        return (bits + 7) / 8 * 8;
    }
}
