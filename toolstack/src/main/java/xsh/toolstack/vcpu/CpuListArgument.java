package xsh.toolstack.vcpu;

import java.util.BitSet;
import xsh.cfg.cpulist.CpuList;
import xsh.cfg.cpulist.CpuListException;
import xsh.cfg.cpulist.HostTopology;
import xsh.error.XshException;
import xsh.hv.HostInfo;

/**
 * A CPULIST given on the command line ({@code vcpu-pin}, {@code cpupool-cpu-add}), read as
 * xl's {@code parse_cpurange} reads it and resolved on the host: {@code 0-3,^1},
 * {@code node:1}, {@code all}. A list xl refuses is xl's one line under xl, and a line that
 * explains it with the whole list in view for xsh's own commands; exit code 1 either way.
 */
public final class CpuListArgument {

    private CpuListArgument() {
    }

    public static BitSet resolve(HostInfo host, String text, boolean xlCompatible) {
        try {
            return CpuList.parse(text).resolve(topology(host));
        } catch (CpuListException e) {
            throw xlCompatible ? new XshException(e.xlMessage(), 1, e) : e;
        }
    }

    /** The host's pCPUs and their NUMA nodes, as a CPULIST's {@code node:} items need them. */
    public static HostTopology topology(HostInfo host) {
        return new HostTopology(host.nodeOfCpu(), HostTopology.X86_MAX_NODES);
    }

    /** {@code max_cpu_id + 1}: how many bits xl prints a cpu map with. */
    public static int nrCpus(HostInfo host) {
        return host.maxCpuId() + 1;
    }
}
