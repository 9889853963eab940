package xsh.toolstack.host;

import java.util.ArrayList;
import java.util.List;
import xsh.hv.HostInfo;
import xsh.hv.HostProvider;
import xsh.hv.HostSpec;
import xsh.hv.Hypervisor;

/** The embedded hosts under one {@code XSH_HOME}: making one of a given size, and listing them. */
public final class HostCatalog {

    private final HostProvider provider;

    public HostCatalog(HostProvider provider) {
        this.provider = provider;
    }

    /**
     * Makes a host; the provider refuses a name that exists.
     *
     * @return the new host's {@code xl info}, to tell what was made
     */
    public HostInfo create(String name, HostSpec spec) {
        try (Hypervisor hv = provider.create(HostNames.check(name), spec)) {
            return hv.hostInfo();
        }
    }

    /** Every host, in the provider's order, each looked at now. */
    public List<HostSummary> list(String currentHost) {
        List<HostSummary> hosts = new ArrayList<>();
        for (String name : provider.names()) {
            try (Hypervisor hv = provider.open(name)) {
                HostInfo info = hv.hostInfo();
                hosts.add(new HostSummary(name, name.equals(currentHost), info.nrCpus(), info.totalMemoryMib(),
                        info.freeMemoryMib(), hv.domains().size()));
            }
        }
        return hosts;
    }
}
