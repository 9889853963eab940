package xsh.hv;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.dom0.Dom0Layout;
import xsh.hv.dom0.Dom0Os;
import xsh.hv.storage.Storage;

/**
 * One Xen host as the toolstack drives it: what libxl and the hypervisor do, below xl's
 * command-line semantics. Implemented by {@code sim} (the embedded simulated host) and,
 * later, {@code xen} (a real Dom0 through {@code xl}).
 *
 * <p>Every call sees the host as it is now: time-based effects (cpu time, a guest acting on
 * a shutdown request, lifecycle actions, ballooning, memory dirtying) have happened by the
 * time a call returns. Failures are {@link HvException}s carrying libxl's error code and a
 * message naming the domain, pool or path.
 */
public interface Hypervisor extends AutoCloseable {

    /** The host's name: an embedded host's name, or the remote host. */
    String hostName();

    /** Everything {@code xl info} prints. */
    HostInfo hostInfo();

    /** The host's time now, which uptimes are measured to. */
    default Instant now() {
        return Instant.now();
    }

    /** Every domain, Domain-0 first, in domid order. */
    List<DomainInfo> domains();

    Optional<DomainInfo> domain(int domid);

    /** The domain with this exact name, if any. */
    Optional<DomainInfo> domainNamed(String name);

    /**
     * The configuration the domain was built from (or last given with
     * {@link #updateDefinition}), as libxl keeps it for restarts, saves and migrations. Empty
     * for Domain-0, which has none ({@code unable to retrieve domain configuration}).
     */
    Optional<DomainDefinition> definition(int domid);

    /**
     * config-update: the configuration the domain is built from the next time xl's monitor
     * restarts it, used as it is (the running domain's memory and vcpu settings are not
     * carried over, as they are for an ordinary restart).
     */
    void updateDefinition(int domid, DomainDefinition definition);

    // ---- lifecycle -------------------------------------------------------------------------

    /**
     * Builds a domain from its configuration and starts it, or leaves it paused (pause count
     * 1) when {@code paused}. Refused, changing nothing, when the name is taken, memory does
     * not fit, a disk or kernel path does not exist, or the pool is unknown.
     */
    DomainInfo create(DomainDefinition definition, boolean paused);

    /**
     * {@link #create}, and without {@code monitored} (xl's {@code create -e}) no monitor
     * watches the domain: when the guest stops, no on_* action runs and the domain stays shut
     * down until it is destroyed. (A default that refuses an unmonitored domain, so that test
     * doubles need not change.)
     */
    default DomainInfo create(DomainDefinition definition, boolean paused, boolean monitored) {
        if (monitored) {
            return create(definition, paused);
        }
        throw new HvException(HvError.FAIL, "a domain without a monitor is not supported by this backend");
    }

    /**
     * restore: builds a domain from its configuration as {@link #create} does, with the
     * memory image read from {@code memory} ({@link RestoreRequest#memoryBytes()} bytes, page
     * after page) instead of a freshly booted guest's, and starts it where the image left off,
     * or leaves it paused. Refused as create is, and also when a requested domid is in use or
     * was freed too recently. A stream that fails or ends early leaves no domain. (A default
     * that refuses, so that test doubles need not restore.)
     */
    default DomainInfo restore(RestoreRequest request, InputStream memory) throws IOException {
        throw new HvException(HvError.FAIL, "restore is not supported by this backend");
    }

    /**
     * The receiving end of a live migration: builds the domain as {@link #restore} does, but
     * paused under {@code name} (xl's {@code NAME--incoming}) with {@link RestoreRequest#memoryBytes()}
     * of zeroed memory, which the migration then fills page by page through
     * {@link GuestMemory#readPagesFrom} before the domain first runs. {@link RestoreRequest#paused()}
     * is not looked at: the domain is unpaused when the sender gives permission. Refused as
     * restore is. (A default that refuses.)
     */
    default DomainInfo createIncoming(RestoreRequest request, String name) {
        throw new HvException(HvError.FAIL, "receiving a migration is not supported by this backend");
    }

    /** Increments the toolstack pause count (nesting; at most 255). Domain-0 cannot be paused. */
    void pause(int domid);

    /** Decrements the pause count; refused when it is already 0. */
    void unpause(int domid);

    /**
     * Asks the guest to power off or reboot; it acts after the host's shutdown delay, then
     * the domain's on_poweroff / on_reboot action runs. An HVM guest without PV drivers
     * refuses unless {@code acpiFallback} (xl's {@code -F}), which sends the ACPI event.
     */
    void shutdown(int domid, ShutdownRequest request, boolean acpiFallback);

    /**
     * The guest suspends itself, as it does for a save, a checkpoint or a migration: it stops
     * with shutdown reason suspend ({@code ---ss-}), its memory kept, and xl's monitor keeps
     * waiting. Domain-0 cannot be suspended. (A default that refuses, so that test doubles
     * written before this method need not change.)
     */
    default void suspend(int domid) {
        throw new HvException(HvError.FAIL, "suspend is not supported by this backend");
    }

    /** Cancels a suspend ({@code xl save -c}, a failed migration): the guest runs on from where it stopped. */
    default void resume(int domid) {
        throw new HvException(HvError.FAIL, "resume is not supported by this backend");
    }

    /** Destroys a domain in any state. Domain-0 only with {@code force}. */
    void destroy(int domid, boolean force);

    void rename(int domid, String newName);

    /**
     * xl trigger: an ACPI button, a reset, an INIT or an NMI for vcpu {@code vcpu}, or a wake
     * from S3. Everything but an NMI needs an HVM guest. (A default that refuses.)
     */
    default void trigger(int domid, Trigger trigger, int vcpu) {
        throw new HvException(HvError.FAIL, "Send trigger '" + trigger.xlName() + "' failed: not supported by this backend");
    }

    /** xl sysrq: the magic SysRq {@code key}, which a guest with PV drivers acts on. (A default that refuses.) */
    default void sysrq(int domid, char key) {
        throw new HvException(HvError.FAIL, "sysrq is not supported by this backend");
    }

    // ---- memory and vcpus ------------------------------------------------------------------

    /** mem-set: the balloon target, reached within seconds. */
    void setMemoryTarget(int domid, long targetKib);

    /** mem-max: the static maximum; not below the current target. */
    void setMaxMemory(int domid, long maxKib);

    /** vcpu-set: online vcpus, 1..max. */
    void setOnlineVcpus(int domid, int online);

    List<VcpuInfo> vcpus(int domid);

    /** vcpu-pin; {@code vcpu} -1 means all; a null map leaves that affinity as it is. */
    void setAffinity(int domid, int vcpu, BitSet hard, BitSet soft);

    // ---- scheduling and pools --------------------------------------------------------------

    DomainSchedParams schedParams(int domid);

    /** Changes only what is present; Xen's ranges apply. */
    void setSchedParams(int domid, DomainSchedParams params);

    PoolSchedParams poolSchedParams(String pool);

    void setPoolSchedParams(String pool, PoolSchedParams params);

    List<CpupoolInfo> cpupools();

    CpupoolInfo createCpupool(String name, Scheduler scheduler, BitSet cpus);

    void destroyCpupool(String pool);

    void renameCpupool(String pool, String newName);

    void addCpusToPool(String pool, BitSet cpus);

    void removeCpusFromPool(String pool, BitSet cpus);

    void moveDomainToPool(int domid, String pool);

    // ---- console and memory ----------------------------------------------------------------

    /** The domain's console output so far. */
    ConsoleLog console(int domid);

    /** The domain's memory, for save, restore and migration. */
    GuestMemory memory(int domid);

    /**
     * xl dmesg: the hypervisor's console ring, its lines each ending in a newline; with
     * {@code clear}, emptied after it is read. (A default that refuses.)
     */
    default String dmesg(boolean clear) {
        throw new HvException(HvError.FAIL, "reading the hypervisor console is not supported by this backend");
    }

    // ---- the Dom0 itself ----------------------------------------------------------------------

    /**
     * xl's own save, restore, migrate and console, when the backend is a real Dom0; empty for
     * the embedded host, whose memory xsh's toolstack moves itself through {@link #memory}.
     */
    default Optional<NativeToolstack> nativeToolstack() {
        return Optional.empty();
    }

    /** Where this host keeps its domain configs and logs, and which OS its Dom0 runs. */
    default Dom0Layout dom0Layout() {
        return Dom0Layout.of(Dom0Os.LINUX);
    }

    /**
     * The text of a file on the host (a log under {@link Dom0Layout#logDir()}), or empty when
     * there is no such file. (A default that reads the local file system.)
     */
    default Optional<String> readHostFile(String path) {
        return Dom0Layout.readLocal(path);
    }

    // ---- storage ---------------------------------------------------------------------------

    /**
     * The host's ZFS: the pools and datasets its disks live on. (A default that refuses, so
     * that test doubles need not have storage.)
     */
    default Storage storage() {
        throw new HvException(HvError.FAIL, "this host has no storage");
    }

    @Override
    void close();
}
