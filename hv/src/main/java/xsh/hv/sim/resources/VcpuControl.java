package xsh.hv.sim.resources;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LogSite;
import xsh.hv.VcpuInfo;
import xsh.hv.sim.domains.AffinityTable;
import xsh.hv.sim.domains.AffinityTable.Affinity;
import xsh.hv.sim.domains.DomainMeters;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.domains.Observation;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.host.Topology;
import xsh.hv.sim.pools.PoolTable;
import xsh.hv.sim.store.Tx;

/** vcpu-set, vcpu-list and vcpu-pin. */
public final class VcpuControl {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite NO_VCPUS = LogSite.libxlDomain("libxl_domain.c", 1863, "libxl_set_vcpuonline");
    private static final LogSite TOO_MANY_VCPUS = LogSite.libxlDomain("libxl_domain.c", 1869, "libxl_set_vcpuonline");
    private static final LogSite SETTING_AFFINITY = LogSite.libxlDomain("libxl_sched.c", 62, "libxl__set_vcpuaffinity");

    private VcpuControl() {
    }

    /** libxl_set_vcpuonline: vcpus 0..n-1 online, 1 ≤ n ≤ max. */
    public static void setOnline(Tx tx, int domid, int online) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (online < 0) {
            throw new HvException(HvError.INVAL, "Requested " + online + " VCPUs!");
        }
        if (online == 0) {
            throw new HvException(HvError.FAIL, NO_VCPUS, "Requested 0 VCPUs!");
        }
        if (online > d.maxVcpus) {
            throw new HvException(HvError.FAIL, TOO_MANY_VCPUS, "Requested " + online + " VCPUs, however maxcpus is " + d.maxVcpus + "!");
        }
        DomainMeters.fold(d, tx.now());
        d.onlineVcpus = online;
        DomainTable.save(tx, d);
    }

    /**
     * Every vcpu up to the maximum. An online vcpu of a running guest sits on a pCPU of its
     * hard affinity within the pool (any pool pCPU if those do not meet), running or blocked
     * by its share of the load; the domain's cpu time is shared among online vcpus.
     */
    public static List<VcpuInfo> list(Tx tx, int domid) {
        DomainRecord d = DomainTable.require(tx, domid);
        Topology topology = new Topology(HostTable.read(tx).spec());
        BitSet poolCpus = PoolTable.cpus(tx, d.poolId);
        Map<Integer, Affinity> pinned = AffinityTable.of(tx, domid);
        long cpu = DomainMeters.cpuNanos(d, tx.now());
        List<VcpuInfo> vcpus = new ArrayList<>(d.maxVcpus);
        for (int v = 0; v < d.maxVcpus; v++) {
            Affinity a = pinned.get(v);
            BitSet hard = a != null && a.hard() != null ? a.hard() : topology.allCpus();
            BitSet soft = a != null && a.soft() != null ? a.soft() : topology.allCpus();
            boolean online = v < d.onlineVcpus;
            boolean running = false;
            boolean blocked = false;
            int onCpu = -1;
            if (online) {
                onCpu = pick(d, v, hard, poolCpus, tx.now());
                if (d.active()) {
                    running = (d.isDomain0() && v == 0) || Observation.running(d.uuid, v, tx.now(), d.loadPpm);
                    blocked = !running;
                }
            }
            long share = online ? cpu / d.onlineVcpus : 0;
            vcpus.add(new VcpuInfo(v, online, onCpu, running, blocked, share, (BitSet) hard.clone(), (BitSet) soft.clone()));
        }
        return vcpus;
    }

    private static int pick(DomainRecord d, int vcpu, BitSet hard, BitSet poolCpus, long now) {
        BitSet candidates = (BitSet) hard.clone();
        candidates.and(poolCpus);
        if (candidates.isEmpty()) {
            candidates = poolCpus;
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        int n = Observation.draw(d.uuid, 1000 + vcpu, now) % candidates.cardinality();
        int cpu = candidates.nextSetBit(0);
        for (int i = 0; i < n; i++) {
            cpu = candidates.nextSetBit(cpu + 1);
        }
        return cpu;
    }

    /**
     * libxl_set_vcpuaffinity for one vcpu, or all with {@code vcpu} -1. A null map is left as
     * it is. pCPUs the host does not have are dropped; a hard map that leaves no pCPU of the
     * domain's pool is refused, as Xen refuses it.
     */
    public static void setAffinity(Tx tx, int domid, int vcpu, BitSet hard, BitSet soft) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (vcpu < -1 || vcpu >= d.maxVcpus) {
            throw new HvException(HvError.INVAL, SETTING_AFFINITY, "Setting vcpu affinity: Invalid argument");
        }
        Topology topology = new Topology(HostTable.read(tx).spec());
        BitSet hardCut = cut(hard, topology);
        BitSet softCut = cut(soft, topology);
        if (hardCut != null && !hardCut.intersects(PoolTable.cpus(tx, d.poolId))) {
            throw new HvException(HvError.INVAL, SETTING_AFFINITY, "Setting vcpu affinity: Invalid argument");
        }
        Map<Integer, Affinity> pinned = AffinityTable.of(tx, domid);
        int from = vcpu == -1 ? 0 : vcpu;
        int to = vcpu == -1 ? d.maxVcpus - 1 : vcpu;
        for (int v = from; v <= to; v++) {
            Affinity old = pinned.get(v);
            BitSet h = hardCut != null ? hardCut : old == null ? null : old.hard();
            BitSet s = softCut != null ? softCut : old == null ? null : old.soft();
            AffinityTable.put(tx, domid, v, normal(h, topology), normal(s, topology));
        }
    }

    private static BitSet cut(BitSet map, Topology topology) {
        if (map == null) {
            return null;
        }
        BitSet cut = (BitSet) map.clone();
        cut.and(topology.allCpus());
        return cut;
    }

    /** "Every pCPU" is stored as no row. */
    private static BitSet normal(BitSet map, Topology topology) {
        return map == null || map.equals(topology.allCpus()) ? null : map;
    }
}
