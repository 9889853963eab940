package xsh.cfg.cpupool;

import java.util.BitSet;
import xsh.cfg.cpulist.HostTopology;
import xsh.error.XshException;

/**
 * The checks {@code cpupool-create} makes against the host, in xl's order: the name is
 * unused, then the CPUs are free. Each failure is xl's message, exit code 1. A plan with a
 * scheduler Xen cannot run ({@link Scheduler#isAvailable()} false) passes here, as it passes
 * xl's dry run; creating it fails with xl's {@code error on creating cpupool}.
 */
public final class CpupoolPlanner {

    private CpupoolPlanner() {
    }

    public static CpupoolPlan plan(CpupoolConfig config, CpupoolHost host) {
        if (host.poolNames().contains(config.name())) {
            throw new XshException("Pool name \"" + config.name() + "\" already exists", 1);
        }
        Scheduler scheduler = config.scheduler().orElse(host.defaultScheduler());
        BitSet cpus = new BitSet();
        int count = selectCpus(config.cpus(), host, cpus);
        return new CpupoolPlan(config.source(), config.name(), scheduler, cpus, count);
    }

    private static int selectCpus(CpuSelection selection, CpupoolHost host, BitSet cpus) {
        if (selection instanceof CpuSelection.Nodes nodes) {
            return nodeCpus(nodes, host, cpus);
        }
        if (selection instanceof CpuSelection.CpuNumbers numbers) {
            return numberedCpus(numbers, host, cpus);
        }
        if (selection instanceof CpuSelection.CpuListString list) {
            return listedCpus(list, host, cpus);
        }
        return 0;
    }

    /** Every free CPU on the given nodes; none at all is an error. */
    private static int nodeCpus(CpuSelection.Nodes nodes, CpupoolHost host, BitSet cpus) {
        HostTopology topology = host.topology();
        int count = 0;
        for (int node : nodes.nodes()) {
            for (int cpu = 0; cpu < topology.nrCpus(); cpu++) {
                if (topology.cpuNodes().get(cpu) == node && host.isFree(cpu)) {
                    cpus.set(cpu);
                    count++;
                }
            }
        }
        if (count == 0) {
            throw new XshException("no free cpu found", 1);
        }
        return count;
    }

    private static int numberedCpus(CpuSelection.CpuNumbers numbers, CpupoolHost host, BitSet cpus) {
        for (int cpu : numbers.cpus()) {
            if (!host.isFree(cpu)) {
                throw notFree(cpu);
            }
            cpus.set(cpu);
        }
        return numbers.cpus().size();
    }

    /**
     * A CPU list resolved on the host; {@code all} covers the whole byte-rounded map, so on a
     * host whose CPU count is not a multiple of 8 it names CPUs that do not exist, and xl
     * refuses it.
     */
    private static int listedCpus(CpuSelection.CpuListString list, CpupoolHost host, BitSet cpus) {
        BitSet wanted = list.cpuList().resolve(host.topology());
        for (int cpu = wanted.nextSetBit(0); cpu >= 0; cpu = wanted.nextSetBit(cpu + 1)) {
            if (!host.isFree(cpu)) {
                throw notFree(cpu);
            }
        }
        cpus.or(wanted);
        return wanted.cardinality();
    }

    private static XshException notFree(int cpu) {
        return new XshException("cpu " + cpu + " illegal or not free", 1);
    }
}
