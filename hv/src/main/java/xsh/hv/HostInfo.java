package xsh.hv;

import java.util.List;
import xsh.cfg.cpupool.Scheduler;

/**
 * Everything {@code xl info} prints (§2.3 of the reference), in its units: memory in MiB,
 * cpu_mhz in kHz, versions as their parts.
 *
 * @param nodeOfCpu NUMA node of each pCPU (the {@code -n} topology)
 * @param numaNodes each node's memory and distances (the {@code -n} numa_info table)
 */
public record HostInfo(String host, String release, String version, String machine,
                       int nrCpus, int maxCpuId, int nrNodes, int coresPerSocket, int threadsPerCore,
                       long cpuKhz, String hwCaps, String virtCaps,
                       long totalMemoryMib, long freeMemoryMib, long sharingFreedMemoryMib,
                       long sharingUsedMemoryMib, long outstandingClaimsMib, int freeCpus,
                       int xenMajor, int xenMinor, String xenExtra, String xenCaps, Scheduler xenScheduler,
                       int xenPagesize, long virtStart, String xenChangeset, String xenCommandline,
                       String ccCompiler, String ccCompileBy, String ccCompileDomain, String ccCompileDate,
                       String buildId, List<Integer> nodeOfCpu, List<NumaNode> numaNodes) {

    public HostInfo {
        nodeOfCpu = List.copyOf(nodeOfCpu);
        numaNodes = List.copyOf(numaNodes);
    }

    /** A host that knows no more of its nodes' memory than the totals: split evenly among them. */
    public HostInfo(String host, String release, String version, String machine,
                    int nrCpus, int maxCpuId, int nrNodes, int coresPerSocket, int threadsPerCore,
                    long cpuKhz, String hwCaps, String virtCaps,
                    long totalMemoryMib, long freeMemoryMib, long sharingFreedMemoryMib,
                    long sharingUsedMemoryMib, long outstandingClaimsMib, int freeCpus,
                    int xenMajor, int xenMinor, String xenExtra, String xenCaps, Scheduler xenScheduler,
                    int xenPagesize, long virtStart, String xenChangeset, String xenCommandline,
                    String ccCompiler, String ccCompileBy, String ccCompileDomain, String ccCompileDate,
                    String buildId, List<Integer> nodeOfCpu) {
        this(host, release, version, machine, nrCpus, maxCpuId, nrNodes, coresPerSocket, threadsPerCore, cpuKhz,
                hwCaps, virtCaps, totalMemoryMib, freeMemoryMib, sharingFreedMemoryMib, sharingUsedMemoryMib,
                outstandingClaimsMib, freeCpus, xenMajor, xenMinor, xenExtra, xenCaps, xenScheduler, xenPagesize,
                virtStart, xenChangeset, xenCommandline, ccCompiler, ccCompileBy, ccCompileDomain, ccCompileDate,
                buildId, nodeOfCpu, NumaNode.evenSplit(Math.max(1, nrNodes), totalMemoryMib, freeMemoryMib));
    }

    /** {@code xen_version}: major.minor plus extra, e.g. {@code 4.17.7}. */
    public String xenVersion() {
        return xenMajor + "." + xenMinor + xenExtra;
    }
}
