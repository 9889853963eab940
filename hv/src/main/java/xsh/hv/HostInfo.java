package xsh.hv;

import java.util.List;
import xsh.cfg.cpupool.Scheduler;

/**
 * Everything {@code xl info} prints (§2.3 of the reference), in its units: memory in MiB,
 * cpu_mhz in kHz, versions as their parts.
 *
 * @param nodeOfCpu NUMA node of each pCPU (the {@code -n} topology)
 */
public record HostInfo(String host, String release, String version, String machine,
                       int nrCpus, int maxCpuId, int nrNodes, int coresPerSocket, int threadsPerCore,
                       long cpuKhz, String hwCaps, String virtCaps,
                       long totalMemoryMib, long freeMemoryMib, long sharingFreedMemoryMib,
                       long sharingUsedMemoryMib, long outstandingClaimsMib, int freeCpus,
                       int xenMajor, int xenMinor, String xenExtra, String xenCaps, Scheduler xenScheduler,
                       int xenPagesize, long virtStart, String xenChangeset, String xenCommandline,
                       String ccCompiler, String ccCompileBy, String ccCompileDomain, String ccCompileDate,
                       String buildId, List<Integer> nodeOfCpu) {

    /** {@code xen_version}: major.minor plus extra, e.g. {@code 4.17.7}. */
    public String xenVersion() {
        return xenMajor + "." + xenMinor + xenExtra;
    }
}
