package xsh.toolstack.vcpu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.Conversion;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.HostInfo;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.VcpuInfo;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.Domids;
import xsh.toolstack.domain.LibxlLines;

/**
 * {@code vcpu-list}, {@code vcpu-pin} and {@code vcpu-set} as xl does them. Under xl
 * ({@code xlCompatible}) numbers are read as C's {@code strtol}/{@code strtoul} read them
 * ({@code 2abc} is 2) and xl's exit-0 failures stay; xsh's own commands read whole numbers
 * only and fail with exit code 1 whenever something was not done.
 */
public final class Vcpus {

    static final String ALL = "all";
    static final String LEAVE = "-";

    private final Hypervisor hv;
    private final boolean xlCompatible;

    public Vcpus(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    // ---- vcpu-list --------------------------------------------------------------------------

    /**
     * The vcpus of the named domains, or of all domains. A name that matches no domain is
     * refused: by xsh before anything is listed, by xl after the domains before it (xl exits
     * there). A domid that does not exist is skipped with libxl's line under xl, and refused by
     * xsh's own command.
     */
    public VcpuListing list(List<String> domains) {
        int nrCpus = CpuListArgument.nrCpus(hv.hostInfo());
        List<DomainVcpus> listed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (domains.isEmpty()) {
            for (DomainInfo d : hv.domains()) {
                try {
                    listed.add(new DomainVcpus(d.domid(), d.name(), hv.vcpus(d.domid())));
                } catch (HvException gone) {
                    // destroyed between the two calls: xl's libxl_list_vcpu fails and xl goes on
                }
            }
            return new VcpuListing(nrCpus, listed, problems, Optional.empty());
        }
        if (!xlCompatible) {
            for (String domain : domains) {
                if (hv.domain(DomainResolver.resolve(hv, domain)).isEmpty()) {
                    throw new XshException("Error: Domain '" + domain + "' does not exist.", 1);
                }
            }
        }
        for (String domain : domains) {
            int domid;
            try {
                domid = DomainResolver.resolve(hv, domain);
            } catch (XshException noSuchName) {
                return new VcpuListing(nrCpus, listed, problems, Optional.of(noSuchName));
            }
            try {
                String name = hv.domain(domid).map(DomainInfo::name)
                        .orElseThrow(() -> new HvException(HvError.DOMAIN_NOTFOUND, "Non-existant domain"));
                listed.add(new DomainVcpus(domid, name, hv.vcpus(domid)));
            } catch (HvException e) {
                problems.add(LibxlLines.forDomain(domid, e, xlCompatible));
            }
        }
        return new VcpuListing(nrCpus, listed, problems, Optional.empty());
    }

    // ---- vcpu-set ---------------------------------------------------------------------------

    /**
     * Brings vcpus 0..n-1 online and the rest offline. Unless {@code ignoreHost}, more vcpus
     * than the host has pCPUs are refused when the count grows, as xl refuses them.
     *
     * @return the domid
     */
    public int setOnline(String domain, String count, boolean ignoreHost) {
        int domid = DomainResolver.resolve(hv, domain);
        int wanted = vcpuCount(count);
        if (!ignoreHost) {
            Optional<DomainInfo> info = hv.domain(domid);
            if (info.isEmpty()) {
                // xl returns 1 without a word when libxl_domain_info fails
                throw xlCompatible ? new MultiLineException(List.of(), 1) : doesNotExist(domid);
            }
            int hostCpus = CpuListArgument.nrCpus(hv.hostInfo());
            if (wanted > info.get().onlineVcpus() && wanted > hostCpus) {
                throw new XshException("You are overcommmitting! You have " + hostCpus + " physical CPUs and want "
                        + wanted + " vCPUs! Aborting, use --ignore-host to continue", 1);
            }
        }
        try {
            hv.setOnlineVcpus(domid, wanted);
        } catch (HvException e) {
            if (e.error() == HvError.DOMAIN_NOTFOUND) {
                throw doesNotExist(domid);
            }
            throw new MultiLineException(List.of(LibxlLines.forDomain(domid, e, xlCompatible), "libxl_set_vcpuonline failed domid="
                    + Domids.text(domid) + " max_vcpus=" + wanted + ", rc: " + e.error().rc()), 1, e);
        }
        return domid;
    }

    private static XshException doesNotExist(int domid) {
        return new XshException("Domain " + Domids.text(domid) + " does not exist.", 1);
    }

    /** xl: {@code strtoul}, refused only without digits or above INT_MAX. */
    private int vcpuCount(String count) {
        if (xlCompatible) {
            Conversion c = CNumbers.strtoul(count, 0, 10);
            if (c.end() == 0 || Long.compareUnsigned(c.value(), Integer.MAX_VALUE) > 0) {
                throw new XshException("Error: Invalid argument.", 1);
            }
            return (int) c.value();
        }
        return wholeNumber(count, "vcpu count", 1);
    }

    // ---- vcpu-pin ---------------------------------------------------------------------------

    /**
     * Sets the hard and soft affinity of one vcpu or of {@code all}; {@code -} (and a soft
     * affinity not given) leaves that affinity as it is. With {@code dryRun} only the maps are
     * worked out.
     *
     * @param force xl's {@code -f}: not with {@code all}
     */
    public PinResult pin(String domain, String vcpu, String hard, Optional<String> soft, boolean force,
                         boolean dryRun) {
        int domid = DomainResolver.resolve(hv, domain);
        int vcpuId = vcpuId(vcpu, force);
        HostInfo host = hv.hostInfo();
        Optional<BitSet> hardMap = cpuMap(host, hard);
        Optional<BitSet> softMap = soft.isEmpty() ? Optional.empty() : cpuMap(host, soft.get());
        int nrCpus = CpuListArgument.nrCpus(host);
        if (dryRun) {
            return new PinResult(domid, vcpuId, hardMap, softMap, nrCpus, false, List.of());
        }
        List<String> warnings = new ArrayList<>();
        if (vcpuId == -1) {
            try {
                hv.vcpus(domid);
            } catch (HvException e) {
                throw new MultiLineException(List.of(LibxlLines.forDomain(domid, e, xlCompatible), "libxl_list_vcpu failed."), 1, e);
            }
        }
        try {
            hv.setAffinity(domid, vcpuId, hardMap.orElse(null), softMap.orElse(null));
        } catch (HvException e) {
            if (vcpuId != -1) {
                throw new MultiLineException(List.of(LibxlLines.forDomain(domid, e, xlCompatible),
                        "Could not set affinity for vcpu `" + vcpuId + "'."), 1, e);
            }
            List<String> lines = List.of(LibxlLines.forDomain(domid, e, xlCompatible), "Could not set affinity.");
            if (!xlCompatible) {
                throw new MultiLineException(lines, 1, e);
            }
            warnings.addAll(lines); // xl says so, and exits 0
        }
        return new PinResult(domid, vcpuId, hardMap, softMap, nrCpus, warnings.isEmpty(), warnings);
    }

    /** A vcpu number, or -1 for {@code all}; xl takes what {@code strtol} reads of it. */
    private int vcpuId(String vcpu, boolean force) {
        long id;
        if (xlCompatible) {
            Conversion c = CNumbers.strtol(vcpu, 0, 10);
            id = c.end() == 0 ? -1 : c.value();
        } else {
            id = vcpu.equals(ALL) ? -1 : wholeNumber(vcpu, "vcpu", 0);
        }
        if (id < 0) {
            if (!vcpu.equals(ALL)) {
                throw new XshException("Error: Invalid argument " + vcpu + " as VCPU.", 1);
            }
            if (force) {
                throw new XshException("Error: --force and 'all' as VCPU not allowed.", 1);
            }
            return -1;
        }
        return (int) Math.min(id, Integer.MAX_VALUE); // beyond any domain's vcpus: the host refuses it
    }

    private Optional<BitSet> cpuMap(HostInfo host, String text) {
        return text.equals(LEAVE) ? Optional.empty() : Optional.of(CpuListArgument.resolve(host, text, xlCompatible));
    }

    /** xsh's reading of a count: digits only, at least {@code min}. */
    static int wholeNumber(String text, String what, int min) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new XshException("invalid " + what + " '" + text + "': expected a whole number", 1);
        }
        try {
            int n = Integer.parseInt(text);
            if (n < min) {
                throw new XshException("invalid " + what + " '" + text + "': at least " + min, 1);
            }
            return n;
        } catch (NumberFormatException tooLarge) {
            throw new XshException("invalid " + what + " '" + text + "': too large", 1);
        }
    }
}
