package xsh.toolstack.fake

import xsh.cfg.cpupool.Scheduler
import xsh.cfg.domain.DomainType
import xsh.hv.ConsoleLog
import xsh.hv.CpupoolInfo
import xsh.hv.DomainDefinition
import xsh.hv.DomainInfo
import xsh.hv.DomainSchedParams
import xsh.hv.GuestEvent
import xsh.hv.GuestMemory
import xsh.hv.HostInfo
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.hv.Hypervisor
import xsh.hv.NativeToolstack
import xsh.hv.PoolSchedParams
import xsh.hv.ShutdownReason
import xsh.hv.ShutdownRequest
import xsh.hv.SimulationControl
import xsh.hv.Trigger
import xsh.hv.VcpuInfo
import java.time.Instant

/**
 * An in-memory host for specs of the toolstack and the shell, until the embedded simulator
 * is there: Domain-0 and the domains created, with libxl's refusals (name taken, memory,
 * Domain-0 rules, pause counts, a guest without PV drivers) in the simulator's words (libxl's,
 * without the {@code Domain N:} prefix) and error codes, and a guest that acts on a shutdown
 * request after a given number of looks at it. It records the calls made.
 */
class FakeHypervisor implements Hypervisor, SimulationControl {

    static final long MIB = 1024

    String hostName = 'default'
    HostInfo hostInfo = FakeHosts.info()
    /** How many looks ({@link #domain}) a guest takes to act on a shutdown request. */
    int looksUntilShutdown = 2
    /** What happens when a guest powers off: 'destroy' (xl's default) or 'preserve'. */
    String onShutdown = 'destroy'
    /** Names of guests without PV drivers: a shutdown request needs the ACPI fallback. */
    Set<String> withoutPvDrivers = []
    final List<String> calls = []
    final List<GuestEvent> injected = []
    int closed
    /** The host's clock. */
    Instant now = Instant.parse('2026-01-03T01:02:03Z')
    /** The hypervisor's console ring, as dmesg returns it. */
    String xenConsole = '(XEN) Xen version 4.17.7\n(XEN) Brought up 8 CPUs\n'
    /** Each domain's console lines, by domid. */
    final Map<Integer, List<String>> consoles = [:]
    /** A refusal the next trigger or sysrq meets, in libxl's words. */
    HvException refuseSignal
    /** Each domain's memory, by domid (dump-core). */
    final Map<Integer, byte[]> memories = [:]
    /** The configs domains were created from (Domain-0 has none). */
    final Map<Integer, DomainDefinition> definitions = [:]
    /** Domains created without a monitor (create -e). */
    final Set<Integer> unmonitored = []
    /** A real Dom0's own xl (save, restore, migrate, console), when a spec gives one; none as on the embedded host. */
    NativeToolstack nativeXl

    private final TreeMap<Integer, FakeDomain> domains = new TreeMap<>()
    private int nextDomid = 1

    FakeHypervisor() {
        domains[0] = new FakeDomain(domid: 0, name: DomainInfo.DOMAIN_0_NAME,
                uuid: new UUID(0, 0), type: DomainType.PV, currentKib: 8192 * MIB, maxKib: 8192 * MIB,
                vcpus: 4, cpuTimeNanos: 11794_300_000_000L, running: true)
    }

    /** Adds a domain directly, bypassing create; for states create cannot make. */
    FakeDomain add(Map fields) {
        def domain = new FakeDomain(fields)
        if (domain.domid == -1) {
            domain.domid = nextDomid++
        } else {
            nextDomid = Math.max(nextDomid, domain.domid + 1)
        }
        if (domain.uuid == null) {
            domain.uuid = new UUID(0x1234L, domain.domid)
        }
        domains[domain.domid] = domain
        domain
    }

    FakeDomain fake(int domid) {
        domains[domid]
    }

    @Override
    String hostName() { hostName }

    @Override
    HostInfo hostInfo() { hostInfo }

    @Override
    List<DomainInfo> domains() { domains.values()*.info() }

    @Override
    Optional<DomainInfo> domain(int domid) {
        def d = domains[domid]
        if (d?.shutdownRequest != null && --d.looksLeft <= 0) {
            act(d)
            d = domains[domid]
        }
        Optional.ofNullable(d?.info())
    }

    private void act(FakeDomain d) {
        def request = d.shutdownRequest
        d.shutdownRequest = null
        if (onShutdown == 'destroy') {
            domains.remove(d.domid)
        } else {
            d.running = false
            d.shutdown = request == ShutdownRequest.REBOOT ? ShutdownReason.REBOOT : ShutdownReason.POWEROFF
        }
    }

    @Override
    Optional<DomainInfo> domainNamed(String name) {
        Optional.ofNullable(domains.values().find { it.name == name }?.info())
    }

    @Override
    DomainInfo create(DomainDefinition definition, boolean paused) {
        calls << "create ${definition.config().name()}${paused ? ' paused' : ''}".toString()
        def config = definition.config()
        if (domains.values().any { it.name == config.name() }) {
            throw new HvException(HvError.FAIL, "Domain with name \"${config.name()}\" already exists.")
        }
        long kib = config.memory().targetMib() * MIB
        if (kib > hostInfo.freeMemoryMib() * MIB) {
            throw new HvException(HvError.FAIL,
                    "xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory")
        }
        def info = add(name: config.name(), uuid: config.uuid().orElse(UUID.randomUUID()), type: config.type(),
                currentKib: kib, maxKib: config.memory().maxMib() * MIB, vcpus: (int) config.vcpus().online(),
                maxVcpus: (int) config.vcpus().max(), pauseCount: paused ? 1 : 0, running: !paused).info()
        definitions[info.domid()] = definition
        info
    }

    @Override
    DomainInfo create(DomainDefinition definition, boolean paused, boolean monitored) {
        def info = create(definition, paused)
        if (!monitored) {
            calls << "unmonitored ${info.domid()}".toString()
            unmonitored << info.domid()
        }
        info
    }

    @Override
    Instant now() { now }

    @Override
    String dmesg(boolean clear) {
        calls << "dmesg${clear ? ' clear' : ''}".toString()
        def text = xenConsole
        if (clear) {
            xenConsole = ''
        }
        text
    }

    @Override
    void trigger(int domid, Trigger trigger, int vcpu) {
        calls << "trigger $domid ${trigger.xlName()} $vcpu".toString()
        existing(domid)
        if (refuseSignal != null) {
            throw refuseSignal
        }
    }

    @Override
    void sysrq(int domid, char key) {
        calls << "sysrq $domid $key".toString()
        existing(domid)
        if (refuseSignal != null) {
            throw refuseSignal
        }
    }

    @Override
    void pause(int domid) {
        calls << "pause $domid".toString()
        def d = existing(domid)
        if (domid == 0) {
            throw new HvException(HvError.FAIL, 'Pausing domain: Invalid argument')
        }
        d.pauseCount++
    }

    @Override
    void unpause(int domid) {
        calls << "unpause $domid".toString()
        def d = existing(domid)
        if (d.pauseCount == 0) {
            throw new HvException(HvError.FAIL, 'Unpausing domain: Invalid argument')
        }
        d.pauseCount--
    }

    @Override
    void shutdown(int domid, ShutdownRequest request, boolean acpiFallback) {
        calls << "shutdown $domid $request${acpiFallback ? ' acpi' : ''}".toString()
        def d = existing(domid)
        if (d.name in withoutPvDrivers && !acpiFallback) {
            throw new HvException(HvError.NOPARAVIRT,
                    'PV control interface not available: external graceful shutdown not possible.')
        }
        d.shutdownRequest = request
        d.looksLeft = looksUntilShutdown
    }

    @Override
    void destroy(int domid, boolean force) {
        calls << "destroy $domid${force ? ' force' : ''}".toString()
        existing(domid)
        if (domid == 0 && !force) {
            throw new HvException(HvError.INVAL, 'Not destroying domain 0; use -f to force.')
        }
        domains.remove(domid)
    }

    @Override
    void rename(int domid, String newName) {
        calls << "rename $domid $newName".toString()
        def d = existing(domid)
        if (domains.values().any { it.name == newName && it.domid != domid }) {
            throw new HvException(HvError.INVAL, "Domain with name \"$newName\" already exists.")
        }
        d.name = newName
    }

    @Override
    void inject(int domid, GuestEvent event) {
        calls << "inject $domid $event".toString()
        def d = existing(domid)
        injected << event
        if (event == GuestEvent.CRASH) {
            d.running = false
            d.shutdown = ShutdownReason.CRASH
        }
    }

    private FakeDomain existing(int domid) {
        def d = domains[domid]
        if (d == null) {
            throw new HvException(HvError.DOMAIN_NOTFOUND, 'Non-existant domain')
        }
        d
    }

    @Override
    Optional<NativeToolstack> nativeToolstack() { Optional.ofNullable(nativeXl) }

    @Override
    void close() { closed++ }

    // ---- the SPI's next methods, not overriding until they are merged ----------------------

    Optional<DomainDefinition> definition(int domid) {
        existing(domid)
        Optional.ofNullable(definitions[domid])
    }

    void updateDefinition(int domid, DomainDefinition definition) {
        existing(domid)
        calls << "updateDefinition $domid".toString()
        definitions[domid] = definition
    }

    void setLoad(int domid, double load) { throw new UnsupportedOperationException() }

    void setDirtyRate(int domid, long bytesPerSecond) { throw new UnsupportedOperationException() }

    // ---- not needed by the specs that use this fake -----------------------------------------

    @Override
    void setMemoryTarget(int domid, long targetKib) { throw new UnsupportedOperationException() }

    @Override
    void setMaxMemory(int domid, long maxKib) { throw new UnsupportedOperationException() }

    @Override
    void setOnlineVcpus(int domid, int online) { throw new UnsupportedOperationException() }

    /** One vcpu per online vcpu, free to run anywhere. */
    @Override
    List<VcpuInfo> vcpus(int domid) {
        def d = existing(domid)
        def all = new BitSet()
        all.set(0, hostInfo.nrCpus())
        (0..<d.vcpus).collect { new VcpuInfo(it, true, it, false, true, 0, all, all) }
    }

    @Override
    void setAffinity(int domid, int vcpu, BitSet hard, BitSet soft) { throw new UnsupportedOperationException() }

    @Override
    DomainSchedParams schedParams(int domid) { throw new UnsupportedOperationException() }

    @Override
    void setSchedParams(int domid, DomainSchedParams params) { throw new UnsupportedOperationException() }

    @Override
    PoolSchedParams poolSchedParams(String pool) { throw new UnsupportedOperationException() }

    @Override
    void setPoolSchedParams(String pool, PoolSchedParams params) { throw new UnsupportedOperationException() }

    /** Pool-0 with every pCPU. */
    @Override
    List<CpupoolInfo> cpupools() {
        def all = new BitSet()
        all.set(0, hostInfo.nrCpus())
        [new CpupoolInfo(0, 'Pool-0', Scheduler.CREDIT2, all, domains.size())]
    }

    @Override
    CpupoolInfo createCpupool(String name, Scheduler scheduler, BitSet cpus) { throw new UnsupportedOperationException() }

    @Override
    void destroyCpupool(String pool) { throw new UnsupportedOperationException() }

    @Override
    void renameCpupool(String pool, String newName) { throw new UnsupportedOperationException() }

    @Override
    void addCpusToPool(String pool, BitSet cpus) { throw new UnsupportedOperationException() }

    @Override
    void removeCpusFromPool(String pool, BitSet cpus) { throw new UnsupportedOperationException() }

    @Override
    void moveDomainToPool(int domid, String pool) { throw new UnsupportedOperationException() }

    @Override
    ConsoleLog console(int domid) {
        existing(domid)
        def lines = List.copyOf(consoles.getOrDefault(domid, []))
        new ConsoleLog() {
            List<String> lines() { lines }

            List<String> linesAfter(int seen) { seen >= lines.size() ? [] : lines.subList(seen, lines.size()) }
        }
    }

    @Override
    GuestMemory memory(int domid) {
        existing(domid)
        if (domid == 0) {
            throw new HvException(HvError.INVAL, "Domain-0's memory is the host's own")
        }
        new FakeMemory(memories.getOrDefault(domid, new byte[GuestMemory.PAGE_SIZE * 2]))
    }
}
