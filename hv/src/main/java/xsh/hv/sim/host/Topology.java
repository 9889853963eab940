package xsh.hv.sim.host;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import xsh.cfg.cpulist.HostTopology;
import xsh.hv.HostSpec;

/**
 * Where a host's pCPUs sit: NUMA nodes in contiguous blocks (as firmware numbers them on a
 * two-socket box), two hyperthreads per core when a node has an even number of at least 4
 * CPUs.
 */
public final class Topology {

    private final HostSpec spec;

    public Topology(HostSpec spec) {
        this.spec = spec;
    }

    public int cpus() {
        return spec.cpus();
    }

    public int nodes() {
        return spec.nodes();
    }

    public int cpusPerNode() {
        return spec.cpus() / spec.nodes();
    }

    public int nodeOf(int cpu) {
        return cpu / cpusPerNode();
    }

    public List<Integer> nodeOfCpu() {
        List<Integer> nodes = new ArrayList<>(spec.cpus());
        for (int cpu = 0; cpu < spec.cpus(); cpu++) {
            nodes.add(nodeOf(cpu));
        }
        return nodes;
    }

    public int threadsPerCore() {
        int perNode = cpusPerNode();
        return perNode >= 4 && perNode % 2 == 0 ? 2 : 1;
    }

    /** One socket per node. */
    public int coresPerSocket() {
        return cpusPerNode() / threadsPerCore();
    }

    /** What CPULIST resolution ({@code all}, {@code node:N}) needs. */
    public HostTopology cpuListTopology() {
        return new HostTopology(nodeOfCpu(), HostTopology.X86_MAX_NODES);
    }

    public BitSet allCpus() {
        BitSet all = new BitSet(spec.cpus());
        all.set(0, spec.cpus());
        return all;
    }

    public BitSet cpusOfNode(int node) {
        BitSet cpus = new BitSet();
        cpus.set(node * cpusPerNode(), (node + 1) * cpusPerNode());
        return cpus;
    }
}
