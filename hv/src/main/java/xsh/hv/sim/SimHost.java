package xsh.hv.sim;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.ConsoleLog;
import xsh.hv.CpupoolInfo;
import xsh.hv.DomainDefinition;
import xsh.hv.DomainInfo;
import xsh.hv.DomainSchedParams;
import xsh.hv.GuestEvent;
import xsh.hv.GuestMemory;
import xsh.hv.HostInfo;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LogSite;
import xsh.hv.Hypervisor;
import xsh.hv.PoolSchedParams;
import xsh.hv.RestoreRequest;
import xsh.hv.ShutdownRequest;
import xsh.hv.Trigger;
import xsh.hv.dom0.Dom0Layout;
import xsh.hv.dom0.Dom0Os;
import xsh.hv.SimulationControl;
import xsh.hv.VcpuInfo;
import xsh.hv.sim.build.DomainBuilder;
import xsh.hv.sim.build.Overrides;
import xsh.hv.sim.build.StoredConfig;
import xsh.hv.sim.clock.SimClock;
import xsh.hv.sim.domains.DomainMeters;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainRenamer;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.domains.DomainView;
import xsh.hv.sim.domains.MemoryAccounting;
import xsh.hv.sim.guest.GuestBridge;
import xsh.hv.sim.console.ConsoleGuest;
import xsh.hv.sim.host.HostInfoFactory;
import xsh.hv.sim.host.HostLayout;
import xsh.hv.sim.host.HostRecord;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.host.SimSettings;
import xsh.hv.sim.lifecycle.Lifecycle;
import xsh.hv.sim.lifecycle.MonitorLog;
import xsh.hv.sim.pools.Cpupools;
import xsh.hv.sim.pools.PoolRecord;
import xsh.hv.sim.pools.PoolTable;
import xsh.hv.sim.resources.MemoryControl;
import xsh.hv.sim.resources.VcpuControl;
import xsh.hv.sim.sched.DomainScheduling;
import xsh.hv.sim.sched.PoolScheduling;
import xsh.hv.sim.storage.EmbeddedStorage;
import xsh.hv.sim.store.HostDatabase;
import xsh.hv.sim.store.HostStore;
import xsh.hv.sim.store.Tx;
import xsh.hv.sim.xenconsole.XenConsole;

/**
 * One embedded Xen host, opened by this process. Every call is one transaction on the
 * host's database at the host's "now" (see {@link HostStore}); the work itself is done by the
 * package of each concept. Thread-safe; several processes may open the same host.
 */
public final class SimHost implements Hypervisor, SimulationControl {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite DESTROYING = LogSite.libxlDomain("libxl_domain.c", 1616, "domain_destroy_domid_cb");

    private final String name;
    private final HostLayout layout;
    private final HostStore store;
    private final GuestBridge guests;
    private final Lifecycle lifecycle;
    private final DomainBuilder builder;

    SimHost(String name, HostLayout layout, HostDatabase db, SimClock clock) {
        this.name = name;
        this.layout = layout;
        this.guests = new GuestBridge(layout.guestsDir());
        this.builder = new DomainBuilder(guests);
        this.lifecycle = new Lifecycle(layout, guests, builder);
        this.store = new HostStore(db, clock, lifecycle.timeFlow());
    }

    @Override
    public String hostName() {
        return name;
    }

    public HostLayout layout() {
        return layout;
    }

    // ---- host ------------------------------------------------------------------------------

    @Override
    public HostInfo hostInfo() {
        return store.read(tx -> {
            HostRecord host = HostTable.read(tx);
            long free = MemoryAccounting.freeKib(tx, host.spec(), host.settings().balloonKibPerSecond());
            int freeCpus = host.spec().cpus() - PoolTable.assignedCpus(tx).cardinality();
            return HostInfoFactory.info(host, free, freeCpus);
        });
    }

    @Override
    public Instant now() {
        return store.read(tx -> Instant.ofEpochSecond(0, tx.now()));
    }

    @Override
    public String dmesg(boolean clear) {
        return clear
                ? store.write(tx -> {
                    String text = XenConsole.read(tx);
                    XenConsole.clear(tx);
                    return text;
                })
                : store.read(XenConsole::read);
    }

    public SimSettings settings() {
        return store.read(tx -> HostTable.read(tx).settings());
    }

    /** Changes the host's pace; balloons under way continue from where they are at the new speed. */
    public void updateSettings(SimSettings settings) {
        store.write(tx -> {
            long oldSpeed = HostTable.read(tx).settings().balloonKibPerSecond();
            for (DomainRecord d : DomainTable.all(tx)) {
                DomainMeters.foldBalloon(d, tx.now(), oldSpeed);
                DomainTable.save(tx, d);
            }
            HostTable.setSettings(tx, settings);
            return null;
        });
    }

    /** The host's ZFS: pools, datasets, and the volumes and files guests' disks live in. */
    @Override
    public EmbeddedStorage storage() {
        return new EmbeddedStorage(store);
    }

    /**
     * Xen's places on this host: a Linux Dom0's (the embedded host speaks Debian's xl), except
     * that the monitors' logs are the host's own, under XSH_HOME, where its monitors write them.
     */
    @Override
    public Dom0Layout dom0Layout() {
        Dom0Layout linux = Dom0Layout.of(Dom0Os.LINUX);
        return new Dom0Layout(linux.os(), linux.configDir(), layout.logDir().toString(), EmbeddedStorage.ZVOL_DIR);
    }

    /**
     * A file of the host as it is now: what fell due since the last operation (a guest that
     * shut down, its monitor's lines) happens first, as it would have on a live host.
     */
    @Override
    public Optional<String> readHostFile(String path) {
        store.read(tx -> null);
        return Hypervisor.super.readHostFile(path);
    }

    /** What xl's monitors would have logged: shutdowns seen, actions taken, failed restarts. */
    public List<MonitorLog.Line> monitorLog() {
        return store.read(MonitorLog::lines);
    }

    // ---- domains ---------------------------------------------------------------------------

    @Override
    public List<DomainInfo> domains() {
        return store.read(tx -> {
            long speed = tx.cached("host", () -> HostTable.read(tx)).settings().balloonKibPerSecond();
            Map<Integer, String> pools = tx.cached("poolNames", () -> poolNames(tx));
            List<DomainRecord> all = tx.cached("domains", () -> DomainTable.all(tx));
            return all.stream()
                    .map(d -> DomainView.info(d, pools.get(d.poolId), tx.now(), speed))
                    .toList();
        });
    }

    @Override
    public Optional<DomainInfo> domain(int domid) {
        return store.read(tx -> DomainTable.find(tx, domid).map(d -> view(tx, d)));
    }

    @Override
    public Optional<DomainInfo> domainNamed(String domainName) {
        return store.read(tx -> DomainTable.named(tx, domainName).map(d -> view(tx, d)));
    }

    private static DomainInfo view(Tx tx, DomainRecord d) {
        long speed = HostTable.read(tx).settings().balloonKibPerSecond();
        String pool = PoolTable.byId(tx, d.poolId).map(PoolRecord::name).orElse("");
        return DomainView.info(d, pool, tx.now(), speed);
    }

    private static Map<Integer, String> poolNames(Tx tx) {
        Map<Integer, String> names = new HashMap<>();
        for (PoolRecord p : PoolTable.all(tx)) {
            names.put(p.id(), p.name());
        }
        return names;
    }

    @Override
    public Optional<DomainDefinition> definition(int domid) {
        Optional<StoredConfig> stored = store.read(tx -> {
            DomainTable.require(tx, domid);
            return StoredConfig.load(tx, domid);
        });
        return stored.map(StoredConfig::read);
    }

    @Override
    public void updateDefinition(int domid, DomainDefinition definition) {
        store.write(tx -> {
            DomainRecord d = DomainTable.require(tx, domid);
            if (d.isDomain0()) {
                throw new HvException(HvError.FAIL, "unable to retrieve domain configuration");
            }
            StoredConfig.replace(tx, domid, definition.source());
            return null;
        });
    }

    // ---- lifecycle -------------------------------------------------------------------------

    @Override
    public DomainInfo create(DomainDefinition definition, boolean paused) {
        return create(definition, paused, true);
    }

    /**
     * As libxl restores: the domain is built paused, its memory is loaded from the stream
     * outside the host's lock (the image may be large, and other processes go on meanwhile;
     * they see the domain paused, as Xen shows a domain being restored), then it runs unless
     * asked to stay paused. A stream that fails destroys the half-restored domain.
     */
    @Override
    public DomainInfo restore(RestoreRequest request, InputStream memory) throws IOException {
        Overrides memoryOfImage = new Overrides(null, null, request.memoryBytes() / 1024, null, null, null, null);
        DomainRecord built = store.write(tx -> {
            DomainRecord d = builder.build(tx, HostTable.read(tx), request.definition(), true, memoryOfImage,
                    request.domid());
            lifecycle.monitor(tx, d, request.monitored());
            return d;
        });
        try {
            guests.memory(built.instance, 0).readFrom(memory);
        } catch (IOException | RuntimeException | Error e) {
            destroyInstance(built);
            throw e;
        }
        return store.write(tx -> {
            DomainRecord d = DomainTable.find(tx, built.domid).filter(r -> r.instance == built.instance)
                    .orElseThrow(() -> new HvException(HvError.FAIL,
                            "Domain " + built.domid + " was destroyed while it was being restored"));
            if (!request.paused() && d.pauseCount > 0) {
                lifecycle.guestControl().unpause(tx, d.domid);
                d = DomainTable.require(tx, d.domid);
            }
            return view(tx, d);
        });
    }

    /**
     * As {@link #restore} builds the domain, paused and under {@code name}, its memory zeros
     * that the migration's pages then fill; a failure to clear it destroys the domain.
     */
    @Override
    public DomainInfo createIncoming(RestoreRequest request, String name) {
        Overrides incoming = new Overrides(name, null, request.memoryBytes() / 1024, null, null, null, null);
        DomainRecord built = store.write(tx -> {
            DomainRecord d = builder.build(tx, HostTable.read(tx), request.definition(), true, incoming,
                    request.domid());
            lifecycle.monitor(tx, d, request.monitored());
            return d;
        });
        try {
            guests.zeroMemory(built.instance);
        } catch (RuntimeException | Error e) {
            destroyInstance(built);
            throw e;
        }
        return store.read(tx -> view(tx, DomainTable.find(tx, built.domid).filter(r -> r.instance == built.instance)
                .orElseThrow(() -> new HvException(HvError.FAIL,
                        "Domain " + built.domid + " was destroyed while it was being built"))));
    }

    private void destroyInstance(DomainRecord built) {
        store.write(tx -> {
            DomainTable.find(tx, built.domid).filter(d -> d.instance == built.instance)
                    .ifPresent(d -> lifecycle.destroyer().destroy(tx, d));
            return null;
        });
    }

    @Override
    public DomainInfo create(DomainDefinition definition, boolean paused, boolean monitored) {
        return store.write(tx -> {
            DomainRecord d = builder.build(tx, HostTable.read(tx), definition, paused, Overrides.NONE);
            lifecycle.monitor(tx, d, monitored);
            return view(tx, d);
        });
    }

    @Override
    public void trigger(int domid, Trigger trigger, int vcpu) {
        store.write(tx -> {
            lifecycle.guestControl().trigger(tx, domid, trigger, vcpu);
            return null;
        });
    }

    @Override
    public void sysrq(int domid, char key) {
        store.write(tx -> {
            lifecycle.guestControl().sysrq(tx, domid, key);
            return null;
        });
    }

    @Override
    public void pause(int domid) {
        store.write(tx -> {
            lifecycle.guestControl().pause(tx, domid);
            return null;
        });
    }

    @Override
    public void unpause(int domid) {
        store.write(tx -> {
            lifecycle.guestControl().unpause(tx, domid);
            return null;
        });
    }

    @Override
    public void shutdown(int domid, ShutdownRequest request, boolean acpiFallback) {
        store.write(tx -> {
            lifecycle.guestControl().requestShutdown(tx, domid, request, acpiFallback);
            return null;
        });
    }

    @Override
    public void suspend(int domid) {
        store.write(tx -> {
            lifecycle.guestControl().suspend(tx, domid);
            return null;
        });
    }

    @Override
    public void resume(int domid) {
        store.write(tx -> {
            lifecycle.guestControl().resume(tx, domid);
            return null;
        });
    }

    @Override
    public void destroy(int domid, boolean force) {
        store.write(tx -> {
            DomainRecord d = DomainTable.require(tx, domid);
            if (d.isDomain0()) {
                // xl refuses without -f; with it, Xen refuses to kill the domain asking (domain_kill)
                throw force
                        ? new HvException(HvError.FAIL, DESTROYING, "xc_domain_destroy failed: Invalid argument")
                        : new HvException(HvError.INVAL, "Not destroying domain 0; use -f to force.");
            }
            lifecycle.destroyByRequest(tx, d);
            return null;
        });
    }

    @Override
    public void rename(int domid, String newName) {
        store.write(tx -> {
            DomainRenamer.rename(tx, domid, newName);
            return null;
        });
    }

    @Override
    public void inject(int domid, GuestEvent event) {
        store.write(tx -> {
            lifecycle.guestControl().inject(tx, domid, event);
            return null;
        });
    }

    @Override
    public void setLoad(int domid, double load) {
        if (!(load >= 0 && load <= 1)) {
            throw new HvException(HvError.INVAL, "a load is between 0 and 1, not " + load);
        }
        store.write(tx -> {
            DomainRecord d = DomainTable.require(tx, domid);
            DomainMeters.fold(d, tx.now());
            d.loadPpm = (int) Math.round(load * 1_000_000);
            DomainTable.save(tx, d);
            return null;
        });
    }

    @Override
    public void setDirtyRate(int domid, long bytesPerSecond) {
        if (bytesPerSecond < 0) {
            throw new HvException(HvError.INVAL, "a dirty rate cannot be negative: " + bytesPerSecond);
        }
        long[] instanceAndRun = store.write(tx -> {
            DomainRecord d = DomainTable.require(tx, domid);
            d.dirtyBytesPerSecond = bytesPerSecond;
            DomainTable.save(tx, d);
            return new long[] {d.instance, DomainMeters.runNanos(d, tx.now())};
        });
        guests.setDirtyRate(instanceAndRun[0], bytesPerSecond, instanceAndRun[1]);
    }

    // ---- memory and vcpus ------------------------------------------------------------------

    @Override
    public void setMemoryTarget(int domid, long targetKib) {
        store.write(tx -> {
            MemoryControl.setTarget(tx, domid, targetKib);
            return null;
        });
    }

    @Override
    public void setMaxMemory(int domid, long maxKib) {
        store.write(tx -> {
            MemoryControl.setMax(tx, domid, maxKib);
            return null;
        });
    }

    @Override
    public void setOnlineVcpus(int domid, int online) {
        store.write(tx -> {
            VcpuControl.setOnline(tx, domid, online);
            return null;
        });
    }

    @Override
    public List<VcpuInfo> vcpus(int domid) {
        return store.read(tx -> VcpuControl.list(tx, domid));
    }

    @Override
    public void setAffinity(int domid, int vcpu, BitSet hard, BitSet soft) {
        store.write(tx -> {
            VcpuControl.setAffinity(tx, domid, vcpu, hard, soft);
            return null;
        });
    }

    // ---- scheduling and pools --------------------------------------------------------------

    @Override
    public DomainSchedParams schedParams(int domid) {
        return store.read(tx -> DomainScheduling.get(tx, domid));
    }

    @Override
    public void setSchedParams(int domid, DomainSchedParams params) {
        store.write(tx -> {
            DomainScheduling.set(tx, domid, params);
            return null;
        });
    }

    @Override
    public PoolSchedParams poolSchedParams(String pool) {
        return store.read(tx -> PoolScheduling.get(tx, pool));
    }

    @Override
    public void setPoolSchedParams(String pool, PoolSchedParams params) {
        store.write(tx -> {
            PoolScheduling.set(tx, pool, params);
            return null;
        });
    }

    @Override
    public List<CpupoolInfo> cpupools() {
        return store.read(Cpupools::list);
    }

    @Override
    public CpupoolInfo createCpupool(String pool, Scheduler scheduler, BitSet cpus) {
        return store.write(tx -> Cpupools.create(tx, pool, scheduler, cpus));
    }

    @Override
    public void destroyCpupool(String pool) {
        store.write(tx -> {
            Cpupools.destroy(tx, pool);
            return null;
        });
    }

    @Override
    public void renameCpupool(String pool, String newName) {
        store.write(tx -> {
            Cpupools.rename(tx, pool, newName);
            return null;
        });
    }

    @Override
    public void addCpusToPool(String pool, BitSet cpus) {
        throwFirst(store.write(tx -> Cpupools.addCpus(tx, pool, cpus)));
    }

    @Override
    public void removeCpusFromPool(String pool, BitSet cpus) {
        throwFirst(store.write(tx -> Cpupools.removeCpus(tx, pool, cpus)));
    }

    /** The pCPUs that could move have moved (committed); the first refusal is reported, the rest attached. */
    private static void throwFirst(List<HvException> refused) {
        if (!refused.isEmpty()) {
            HvException first = refused.get(0);
            refused.subList(1, refused.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Override
    public void moveDomainToPool(int domid, String pool) {
        store.write(tx -> {
            Cpupools.moveDomain(tx, domid, pool);
            return null;
        });
    }

    // ---- console and memory ----------------------------------------------------------------

    @Override
    public ConsoleLog console(int domid) {
        record Snapshot(long instance, long runNanos, ConsoleGuest guest) {
        }
        Snapshot s = store.read(tx -> {
            DomainRecord d = DomainTable.require(tx, domid);
            // Domain-0 has no stored config: it booted as itself
            ConsoleGuest guest = StoredConfig.guest(tx, domid).orElse(new ConsoleGuest(d.name, d.type, Optional.empty()));
            return new Snapshot(d.instance, DomainMeters.runNanos(d, tx.now()), guest);
        });
        return guests.console(s.instance(), s.guest(), s.runNanos());
    }

    @Override
    public GuestMemory memory(int domid) {
        long[] instanceAndRun = store.read(tx -> {
            DomainRecord d = DomainTable.require(tx, domid);
            if (d.isDomain0()) {
                throw new HvException(HvError.INVAL, "Domain-0's memory is the host's own");
            }
            return new long[] {d.instance, DomainMeters.runNanos(d, tx.now())};
        });
        return guests.memory(instanceAndRun[0], instanceAndRun[1]);
    }

    @Override
    public void close() {
        store.close();
    }
}
