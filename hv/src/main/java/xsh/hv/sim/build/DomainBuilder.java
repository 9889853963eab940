package xsh.hv.sim.build;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import xsh.cfg.cpulist.CpuListException;
import xsh.cfg.cpulist.VcpuAffinity;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.DomainFlag;
import xsh.cfg.domain.DomainType;
import xsh.cfg.domain.ShutdownEvent;
import xsh.hv.DomainDefinition;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LibxlRefusals;
import xsh.hv.LogSite;
import xsh.hv.sim.disks.GuestDiskWrites;
import xsh.hv.sim.domains.AffinityTable;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.domains.DomidAllocator;
import xsh.hv.sim.domains.MemoryAccounting;
import xsh.hv.sim.domains.Observation;
import xsh.hv.sim.guest.GuestBridge;
import xsh.hv.sim.host.HostRecord;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.host.Topology;
import xsh.hv.sim.pools.PoolRecord;
import xsh.hv.sim.pools.PoolTable;
import xsh.hv.sim.sched.SchedulerRules;
import xsh.hv.sim.store.Tx;
import xsh.hv.sim.xenconsole.XenMessages;

/**
 * Builds a domain from its configuration, checking what libxl and Xen check at create time
 * in the order they check it: the pool (config defaults), a domid, the name (when libxl
 * names the domain), disk targets (disk defaults), vcpu affinity and scheduler parameters
 * (build_pre), the kernel and ramdisk (loading them), and memory (populating it). The first
 * failure refuses the create; the transaction leaves nothing behind.
 */
public final class DomainBuilder {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite AFFINITY = LogSite.libxl("libxl_dom.c", 350, "libxl__build_pre");
    private static final LogSite LOW_MEMORY = LogSite.libxcPanic("xg_dom_boot.c", 119);
    private static final LogSite ILLEGAL_POOL = LogSite.libxlDomain("libxl_create.c", 1132, "libxl__domain_config_setdefault");

    private final GuestBridge guests;

    public DomainBuilder(GuestBridge guests) {
        this.guests = guests;
    }

    public DomainRecord build(Tx tx, HostRecord host, DomainDefinition definition, boolean paused, Overrides ov) {
        return build(tx, host, definition, paused, ov, OptionalInt.empty());
    }

    /** @param requestedDomid the domid a restore asks for ({@code xl save -D}); else a new one */
    public DomainRecord build(Tx tx, HostRecord host, DomainDefinition definition, boolean paused, Overrides ov,
            OptionalInt requestedDomid) {
        DomainConfig c = definition.config();
        PoolRecord pool = pool(tx, c.pool());
        int domid = requestedDomid.isPresent()
                ? DomidAllocator.claim(tx, requestedDomid.getAsInt())
                : DomidAllocator.allocate(tx);
        String name = ov.name() != null ? ov.name() : c.name();
        if (DomainTable.nameTaken(tx, name, domid)) {
            throw LibxlRefusals.nameTaken(HvError.FAIL, name);
        }
        PathChecker.checkDisks(tx, c.disks());

        int maxVcpus = (int) c.vcpus().max();
        int online = ov.onlineVcpus() != null ? ov.onlineVcpus() : (int) Math.min(c.vcpus().online(), maxVcpus);
        Topology topology = new Topology(host.spec());
        List<BitSet> hard = affinity(c.cpus(), topology, maxVcpus);
        List<BitSet> soft = affinity(c.cpusSoft(), topology, maxVcpus);
        BitSet poolCpus = PoolTable.cpus(tx, pool.id());
        for (int vcpu = 0; vcpu < hard.size(); vcpu++) {
            if (!hard.get(vcpu).intersects(poolCpus)) {
                throw new HvException(HvError.FAIL, AFFINITY, "setting affinity failed on vcpu `" + vcpu + "'");
            }
        }

        int weight = ov.weight() != null ? ov.weight() : (int) c.scheduler().weight();
        int cap = ov.cap() != null ? ov.cap() : (int) c.scheduler().effectiveCap();
        if (SchedulerRules.hasWeightAndCap(pool.scheduler())) {
            if (c.scheduler().cpuWeight().isPresent()) {
                SchedulerRules.checkWeight(pool.scheduler(), (int) c.scheduler().cpuWeight().getAsLong());
            }
            if (c.scheduler().cap().isPresent()) {
                SchedulerRules.checkCap(pool.scheduler(), (int) c.scheduler().cap().getAsLong(), maxVcpus);
            }
        }

        PathChecker.checkBootFiles(tx, c.boot().kernel(), c.boot().ramdisk());

        long targetKib = ov.targetKib() != null ? ov.targetKib() : c.memory().targetMib() * 1024;
        long maxKib = ov.maxKib() != null ? ov.maxKib() : c.memory().maxMib() * 1024;
        long freeKib = MemoryAccounting.freeKib(tx, host.spec(), host.settings().balloonKibPerSecond());
        if (targetKib > freeKib) {
            // libxc's panic in xc_dom_boot_mem_init, the line that says what went wrong
            throw new HvException(HvError.FAIL, LOW_MEMORY, "xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory");
        }

        DomainRecord d = new DomainRecord();
        d.domid = domid;
        d.instance = HostTable.nextInstance(tx);
        d.name = name;
        d.uuid = ov.uuid() != null ? ov.uuid() : c.uuid().orElseGet(UUID::randomUUID);
        d.type = c.type();
        d.poolId = pool.id();
        d.createdNs = tx.now();
        // libxl keeps the maximum at least at the target (it sets Xen's maxmem from the target)
        d.maxKib = Math.max(maxKib, targetKib);
        d.targetKib = targetKib;
        d.grantedKib = targetKib;
        d.memKib = targetKib;
        d.memRunNs = 0;
        d.onlineVcpus = online;
        d.maxVcpus = maxVcpus;
        d.meterNs = tx.now();
        d.loadPpm = host.settings().guestLoad().isPresent()
                ? (int) Math.round(host.settings().guestLoad().getAsDouble() * 1_000_000)
                : Observation.defaultLoadPpm(d.uuid);
        d.dirtyBytesPerSecond = host.settings().dirtyBytesPerSecond();
        // Xen creates every domain paused; xl unpauses it unless asked not to
        d.pauseCount = paused ? 1 : 0;
        d.weight = weight;
        d.cap = cap;
        d.pvControl = hasPvControl(c);
        for (ShutdownEvent event : ShutdownEvent.values()) {
            d.actions.put(event, c.lifecycle().action(event));
        }
        DomainTable.insert(tx, d);
        StoredConfig.saveNew(tx, domid, definition);
        for (int vcpu = 0; vcpu < maxVcpus; vcpu++) {
            BitSet h = vcpu < hard.size() ? hard.get(vcpu) : null;
            BitSet s = vcpu < soft.size() ? soft.get(vcpu) : null;
            if (h != null || s != null) {
                AffinityTable.put(tx, domid, vcpu, h, s);
            }
        }
        GuestDiskWrites.attach(tx, d, c.disks());
        long instance = d.instance;
        guests.create(instance, targetKib * 1024, Observation.seed(d.uuid), d.dirtyBytesPerSecond);
        tx.afterRollback(() -> guests.delete(instance));
        XenMessages.created(tx, d);
        return d;
    }

    /**
     * Whether the guest answers a shutdown request written to xenstore. PV and PVH guests run
     * a Xen-aware kernel; an HVM guest needs its PV drivers, which bind to the Xen platform PCI
     * device: with {@code xen_platform_pci=0} there is none, and only ACPI can stop it.
     */
    static boolean hasPvControl(DomainConfig c) {
        return c.type() != DomainType.HVM || c.flag(DomainFlag.XEN_PLATFORM_PCI).orElse(true);
    }

    private static PoolRecord pool(Tx tx, Optional<String> qualifier) {
        if (qualifier.isEmpty()) {
            return PoolTable.byId(tx, PoolTable.POOL_0).orElseThrow();
        }
        return PoolTable.byQualifier(tx, qualifier.get()).orElseThrow(() ->
                new HvException(HvError.INVAL, ILLEGAL_POOL, "Illegal pool specified: " + qualifier.get()));
    }

    /** The config's CPU lists as pCPU sets, cut to the pCPUs the host has. */
    private static List<BitSet> affinity(Optional<VcpuAffinity> affinity, Topology topology, int maxVcpus) {
        if (affinity.isEmpty()) {
            return List.of();
        }
        try {
            List<BitSet> maps = new ArrayList<>();
            for (BitSet map : affinity.get().resolve(topology.cpuListTopology(), maxVcpus)) {
                BitSet cut = (BitSet) map.clone();
                cut.and(topology.allCpus());
                maps.add(cut);
            }
            return maps;
        } catch (CpuListException e) {
            throw new HvException(HvError.INVAL, e.getMessage());
        }
    }
}
