package xsh.toolstack.cpupool;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.CpupoolInfo;
import xsh.hv.DomainInfo;
import xsh.hv.HostInfo;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.LibxlLines;
import xsh.toolstack.vcpu.CpuListArgument;

/**
 * {@code cpupool-list}, {@code -destroy}, {@code -rename}, {@code -cpu-add},
 * {@code -cpu-remove}, {@code -migrate} and {@code -numa-split}. Where xl exits 0 though some
 * pCPUs did not move, the lines it prints are returned under xl ({@code xlCompatible}) and
 * thrown, exit code 1, by xsh's own commands.
 */
public final class Cpupools {

    static final String SPLIT_IMPOSSIBLE = "splitting not possible, already cpupools in use";

    private final Hypervisor hv;
    private final boolean xlCompatible;

    public Cpupools(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    /** Every pool in id order, or the one of this exact name (ids are not taken here). */
    public List<CpupoolInfo> list(Optional<String> name) {
        if (name.isPresent()) {
            CpupoolInfo pool = CpupoolResolver.named(hv, name.get())
                    .orElseThrow(() -> new XshException("Pool '" + name.get() + "' does not exist", 1));
            return List.of(pool);
        }
        return hv.cpupools();
    }

    /** Only a pool without domains; its pCPUs become free. */
    public void destroy(String pool) {
        CpupoolInfo info = CpupoolResolver.resolve(hv, pool);
        try {
            hv.destroyCpupool(info.name());
        } catch (HvException e) {
            // libxl refuses a pool with domains without a word; xl's line says it all
            throw new XshException("Can't destroy cpupool '" + pool + "'", 1, e);
        }
    }

    public void rename(String pool, String newName) {
        CpupoolInfo info = CpupoolResolver.resolve(hv, pool);
        try {
            hv.renameCpupool(info.name(), newName);
        } catch (HvException e) {
            throw new MultiLineException(List.of(libxlLine(e), "Can't rename cpupool '" + pool + "'"), 1, e);
        }
    }

    /**
     * Moves the listed free pCPUs into the pool, each on its own: those that can move do.
     *
     * @return under xl, libxl's line for each pCPU that did not move and xl's summary (exit 0)
     */
    public List<String> addCpus(String pool, String cpuList) {
        return moveCpus(pool, cpuList, hv::addCpusToPool, List.of("some cpus may not have been added to " + pool));
    }

    /** Frees the listed pCPUs of the pool, each on its own. */
    public List<String> removeCpus(String pool, String cpuList) {
        return moveCpus(pool, cpuList, hv::removeCpusFromPool, List.of(
                "Some cpus may have not or only partially been removed from '" + pool + "'.",
                "If a cpu can't be added to another cpupool, add it to '" + pool + "' again and retry."));
    }

    /** Resolves the CPU list and the pool, then moves the pCPUs; xlLines close a partial failure. */
    private List<String> moveCpus(String pool, String cpuList, BiConsumer<String, BitSet> move,
                                  List<String> xlLines) {
        BitSet cpus = CpuListArgument.resolve(hv.hostInfo(), cpuList, xlCompatible);
        CpupoolInfo info = CpupoolResolver.resolve(hv, pool);
        try {
            move.accept(info.name(), cpus);
            return List.of();
        } catch (HvException e) {
            return partly(e, xlLines);
        }
    }

    /** The host's refusals, one line per pCPU, then xl's lines: returned under xl, thrown otherwise. */
    private List<String> partly(HvException e, List<String> xlLines) {
        List<String> lines = new ArrayList<>();
        lines.add(libxlLine(e));
        for (Throwable more : e.getSuppressed()) {
            lines.add(more instanceof HvException refused ? libxlLine(refused) : more.getMessage());
        }
        lines.addAll(xlLines);
        if (!xlCompatible) {
            throw new MultiLineException(lines, 1, e);
        }
        return lines;
    }

    /**
     * Moves a domain into another pool, where it starts with that scheduler's default weight
     * and cap. The domain is named as libxl names it: digits are a domid that must exist.
     */
    public int migrate(String domain, String pool) {
        int domid = domainOf(domain);
        CpupoolInfo info = CpupoolResolver.resolve(hv, pool);
        try {
            hv.moveDomainToPool(domid, info.name());
        } catch (HvException e) {
            throw new MultiLineException(List.of(LibxlLines.forDomain(domid, e, xlCompatible)), 1, e);
        }
        return domid;
    }

    /**
     * libxl_domain_qualifier_to_domid, then a check that the domain has a name:
     * {@code unknown domain 'D'}. Unlike xl's find_domain, the empty word is a name (of no domain).
     */
    private int domainOf(String domain) {
        XshException unknown = new XshException("unknown domain '" + domain + "'", 1);
        if (domain.isEmpty()) {
            throw unknown;
        }
        int domid;
        try {
            domid = DomainResolver.resolve(hv, domain);
        } catch (XshException noSuchName) {
            throw unknown;
        }
        if (hv.domain(domid).isEmpty()) {
            throw unknown;
        }
        return domid;
    }

    /**
     * A pool per NUMA node, named {@code Pool-nodeN}, each with its node's pCPUs and the
     * scheduler of Pool-0. Pool-0 keeps the node of pCPU 0 and is renamed after it;
     * Domain-0's vcpus are cut to that node's pCPUs. Only on a host that has one pool.
     *
     * @return the pools after the split
     */
    public List<CpupoolInfo> numaSplit() {
        List<CpupoolInfo> pools = hv.cpupools();
        if (pools.size() > 1) {
            throw new XshException(SPLIT_IMPOSSIBLE, 1);
        }
        CpupoolInfo pool0 = pools.get(0);
        HostInfo host = hv.hostInfo();
        List<Integer> nodeOfCpu = host.nodeOfCpu();
        int firstNode = nodeOfCpu.get(0);
        try {
            BitSet firstNodeCpus = cpusOf(nodeOfCpu, firstNode);
            firstNodeCpus.andNot(pool0.cpus());
            firstNodeCpus.and(freeCpus(host));
            hv.addCpusToPool(pool0.name(), firstNodeCpus);
        } catch (HvException e) {
            throw new MultiLineException(List.of(libxlLine(e), "error on adding cpu to Pool 0"), 1, e);
        }
        String pool0Name = poolName(firstNode);
        try {
            hv.renameCpupool(pool0.name(), pool0Name);
        } catch (HvException e) {
            throw new MultiLineException(List.of(libxlLine(e), "error on renaming Pool 0"), 1, e);
        }
        int firstNodeSize = cpusOf(nodeOfCpu, firstNode).cardinality();
        DomainInfo dom0 = hv.domain(DomainInfo.DOMAIN_0).orElseThrow();
        if (dom0.onlineVcpus() > firstNodeSize) {
            try {
                hv.setOnlineVcpus(DomainInfo.DOMAIN_0, firstNodeSize);
            } catch (HvException e) {
                throw new MultiLineException(List.of(LibxlLines.forDomain(DomainInfo.DOMAIN_0, e, xlCompatible),
                        "error on removing vcpus for Domain-0"), 1, e);
            }
        }
        List<Integer> done = new ArrayList<>(List.of(firstNode));
        for (int node : nodeOfCpu) {
            if (node < 0 || done.contains(node)) {
                continue;
            }
            done.add(node);
            BitSet cpus = cpusOf(nodeOfCpu, node);
            try {
                cpus.and(poolCpus(pool0Name));
                hv.removeCpusFromPool(pool0Name, cpus);
            } catch (HvException e) {
                throw new MultiLineException(List.of(libxlLine(e), "error on removing cpu from Pool 0"), 1, e);
            }
            try {
                hv.createCpupool(poolName(node), pool0.scheduler(), cpusOf(nodeOfCpu, node));
            } catch (HvException e) {
                throw new MultiLineException(List.of(libxlLine(e), CpupoolCreator.CREATE_FAILURE), 1, e);
            }
        }
        return hv.cpupools();
    }

    static String poolName(int node) {
        return "Pool-node" + node;
    }

    private static BitSet cpusOf(List<Integer> nodeOfCpu, int node) {
        BitSet cpus = new BitSet();
        for (int cpu = 0; cpu < nodeOfCpu.size(); cpu++) {
            if (nodeOfCpu.get(cpu) == node) {
                cpus.set(cpu);
            }
        }
        return cpus;
    }

    private BitSet freeCpus(HostInfo host) {
        BitSet free = new BitSet();
        free.set(0, CpuListArgument.nrCpus(host));
        hv.cpupools().forEach(p -> free.andNot(p.cpus()));
        return free;
    }

    private BitSet poolCpus(String name) {
        return CpupoolResolver.named(hv, name).map(CpupoolInfo::cpus).orElseGet(BitSet::new);
    }

    /** A pool's failure: libxl names no domain. */
    private String libxlLine(HvException e) {
        return LibxlLines.of(e, OptionalInt.empty(), xlCompatible);
    }
}
