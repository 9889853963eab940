package xsh.toolstack.info;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import xsh.cfg.cpulist.CpuList;
import xsh.hv.CpupoolInfo;
import xsh.hv.HostInfo;
import xsh.hv.Hypervisor;
import xsh.hv.NumaNode;
import xsh.hv.VcpuInfo;

/**
 * {@code xl info -n}'s three tables (cpu_topology, device topology, numa_info), which xl
 * prints between the physical facts and the Xen version, and {@code xl list -n}'s node
 * affinity of a domain.
 *
 * <p>A pCPU's core and socket follow from the host's shape as Xen numbers them: the
 * hyperthreads of a core next to each other, the cores of a socket next to each other.
 */
public final class NumaTables {

    /** One row of {@code cpu_topology}. */
    public record CpuPlace(int cpu, int core, int socket, int node) {
    }

    private NumaTables() {
    }

    public static List<CpuPlace> cpuTopology(HostInfo h) {
        int threads = Math.max(1, h.threadsPerCore());
        int perSocket = Math.max(1, h.coresPerSocket() * threads);
        List<CpuPlace> places = new ArrayList<>();
        for (int cpu = 0; cpu < h.nrCpus(); cpu++) {
            int node = cpu < h.nodeOfCpu().size() ? h.nodeOfCpu().get(cpu) : 0;
            places.add(new CpuPlace(cpu, cpu % perSocket / threads, cpu / perSocket, node));
        }
        return places;
    }

    /** The tables as xl prints them, each line ending in a newline. */
    public static String text(HostInfo h) {
        StringBuilder out = new StringBuilder();
        out.append("cpu_topology           :\n");
        out.append("cpu:    core    socket     node\n");
        for (CpuPlace p : cpuTopology(h)) {
            out.append(String.format(Locale.ROOT, "%3d:    %4d     %4d     %4d\n", p.cpu(), p.core(), p.socket(), p.node()));
        }
        // an embedded host has no PCI devices to place
        out.append("device topology        :\n");
        out.append("device           node\n");
        out.append("No device topology data available\n");
        out.append("numa_info              :\n");
        out.append("node:    memsize    memfree    distances\n");
        List<NumaNode> nodes = h.numaNodes();
        for (int i = 0; i < nodes.size(); i++) {
            NumaNode n = nodes.get(i);
            out.append(String.format(Locale.ROOT, "%4d:    %6d     %6d      ", i, n.memsizeMib(), n.memfreeMib()))
                    .append(n.distances().stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return out.toString();
    }

    /** The tables for {@code info -n --json}: keys as xl's headings. */
    public static Map<String, Object> json(HostInfo h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cpu_topology", cpuTopology(h).stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cpu", p.cpu());
            row.put("core", p.core());
            row.put("socket", p.socket());
            row.put("node", p.node());
            return row;
        }).toList());
        json.put("device_topology", List.of());
        List<Map<String, Object>> numa = new ArrayList<>();
        for (int i = 0; i < h.numaNodes().size(); i++) {
            NumaNode n = h.numaNodes().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("node", i);
            row.put("memsize", n.memsizeMib());
            row.put("memfree", n.memfreeMib());
            row.put("distances", n.distances());
            numa.add(row);
        }
        json.put("numa_info", numa);
        return json;
    }

    /**
     * The nodes a domain's memory is placed on, as Xen works them out: the nodes of the pCPUs
     * its vcpus may run on (hard affinity within its pool, narrowed to the soft affinity where
     * the two meet).
     */
    public static BitSet nodeAffinity(List<VcpuInfo> vcpus, BitSet poolCpus, List<Integer> nodeOfCpu) {
        BitSet hard = new BitSet();
        BitSet soft = new BitSet();
        for (VcpuInfo v : vcpus) {
            BitSet h = (BitSet) v.hardAffinity().clone();
            h.and(poolCpus);
            hard.or(h);
            BitSet s = (BitSet) v.softAffinity().clone();
            s.and(h);
            soft.or(s);
        }
        BitSet cpus = soft.isEmpty() ? hard : soft;
        BitSet nodes = new BitSet();
        cpus.stream().filter(cpu -> cpu < nodeOfCpu.size()).forEach(cpu -> nodes.set(nodeOfCpu.get(cpu)));
        return nodes;
    }

    /** {@code xl list -n}'s column for one domain: its nodes as print_bitmap writes them. */
    public static String nodeAffinityText(Hypervisor hv, HostInfo h, List<CpupoolInfo> pools, int domid, String pool) {
        BitSet poolCpus = pools.stream().filter(p -> p.name().equals(pool)).findFirst()
                .map(CpupoolInfo::cpus).orElseGet(BitSet::new);
        return CpuList.format(nodeAffinity(hv.vcpus(domid), poolCpus, h.nodeOfCpu()), h.nrNodes());
    }
}
