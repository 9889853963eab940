package xsh.toolstack.top;

import java.time.Instant;
import java.util.List;
import xsh.hv.DomainInfo;
import xsh.hv.HostInfo;
import xsh.hv.Hypervisor;

/**
 * The host and its domains as one look found them, at the host's time {@code at}: what
 * libxenstat's node gives xentop.
 *
 * @param cpuKhz   the pCPUs' speed (xentop prints it in MHz)
 * @param totalKib the host's memory
 * @param freeKib  memory no domain holds
 * @param domains  every domain, Domain-0 first, in domid order
 */
public record TopSample(Instant at, String hostName, String xenVersion, int cpus, long cpuKhz,
                        long totalKib, long freeKib, List<DomainInfo> domains) {

    private static final long KIB_PER_MIB = 1024;

    public TopSample {
        domains = List.copyOf(domains);
    }

    /** One look at the host; the time is read after the domains, which it is meant to date. */
    public static TopSample take(Hypervisor hv) {
        HostInfo host = hv.hostInfo();
        List<DomainInfo> domains = hv.domains();
        Instant at = hv.now();
        return new TopSample(at, hv.hostName(), host.xenVersion(), host.nrCpus(), host.cpuKhz(),
                host.totalMemoryMib() * KIB_PER_MIB, host.freeMemoryMib() * KIB_PER_MIB, domains);
    }

    /** Memory the domains hold: total less free, as xentop's summary reckons it. */
    public long usedKib() {
        return totalKib - freeKib;
    }
}
