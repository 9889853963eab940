package xsh.cfg.cpupool;

import java.util.BitSet;
import java.util.Set;
import xsh.cfg.cpulist.HostTopology;

/**
 * What {@code cpupool-create} asks the host: its CPUs and their nodes, which CPUs no pool
 * holds, which pool names are taken, and the scheduler Xen runs by default.
 *
 * @param topology         the host's CPUs and NUMA nodes
 * @param freeCpus         CPUs in no pool (after {@code cpupool-cpu-remove})
 * @param poolNames        names of the existing pools
 * @param defaultScheduler the hypervisor's scheduler, used when the config names none
 */
public record CpupoolHost(HostTopology topology, BitSet freeCpus, Set<String> poolNames,
        Scheduler defaultScheduler) {

    public CpupoolHost {
        freeCpus = (BitSet) freeCpus.clone();
        poolNames = Set.copyOf(poolNames);
    }

    @Override
    public BitSet freeCpus() {
        return (BitSet) freeCpus.clone();
    }

    boolean isFree(int cpu) {
        return cpu >= 0 && freeCpus.get(cpu);
    }
}
