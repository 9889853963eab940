package xsh.shell.dsl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import xsh.cfg.cpulist.CpuList;
import xsh.hv.VcpuInfo;
import xsh.toolstack.vcpu.DomainVcpus;
import xsh.toolstack.vcpu.VcpuListing;

/** One vcpu of a domain as {@code vcpu-list} shows it, when {@code vcpuList} looked. */
public final class Vcpu {

    private final String domain;
    private final int domid;
    private final VcpuInfo info;
    private final int nrCpus;

    private Vcpu(String domain, int domid, VcpuInfo info, int nrCpus) {
        this.domain = domain;
        this.domid = domid;
        this.info = info;
        this.nrCpus = nrCpus;
    }

    /**
     * The listing's vcpus; its problems (a domain gone meanwhile) told to {@code problems},
     * and its stop (xl stops at a domain it cannot find) thrown after them.
     */
    static List<Vcpu> all(VcpuListing listing, Consumer<String> problems) {
        listing.problems().forEach(problems);
        if (listing.stop().isPresent()) {
            throw listing.stop().get();
        }
        List<Vcpu> vcpus = new ArrayList<>();
        for (DomainVcpus d : listing.domains()) {
            for (VcpuInfo v : d.vcpus()) {
                vcpus.add(new Vcpu(d.name(), d.domid(), v, listing.nrCpus()));
            }
        }
        return vcpus;
    }

    /** The domain's name. */
    public String getDomain() {
        return domain;
    }

    public int getDomid() {
        return domid;
    }

    /** The vcpu's number in its domain. */
    public int getId() {
        return info.vcpu();
    }

    public boolean isOnline() {
        return info.online();
    }

    /** The pCPU it runs on, or -1 when it is offline. */
    public int getCpu() {
        return info.online() ? info.cpu() : -1;
    }

    public boolean isRunning() {
        return info.running();
    }

    public boolean isBlocked() {
        return info.blocked();
    }

    public Duration getCpuTime() {
        return Duration.ofNanos(info.cpuTimeNanos());
    }

    /** The pCPUs it may run on, as xl writes them ({@code all}, {@code 0-3,6}). */
    public String getHard() {
        return CpuList.format(info.hardAffinity(), nrCpus);
    }

    /** The pCPUs it prefers, as xl writes them. */
    public String getSoft() {
        return CpuList.format(info.softAffinity(), nrCpus);
    }

    /** {@code web vcpu 1 on cpu 3 (hard all, soft all)}. */
    @Override
    public String toString() {
        return domain + " vcpu " + getId() + (isOnline() ? " on cpu " + getCpu() : " offline")
                + " (hard " + getHard() + ", soft " + getSoft() + ")";
    }
}
