package xsh.cfg.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import xsh.cfg.cpulist.VcpuAffinity;
import xsh.cfg.disk.DiskSpec;
import xsh.cfg.vif.VifSpec;

/**
 * A guest's xl.cfg, read as xl 4.17 reads it and typed: every value is either what the file
 * says (after xl's own rewriting, e.g. the composed kernel command line) or, where a group
 * documents it, the default libxl applies at create time. Immutable; made by
 * {@link DomainConfigReader}.
 *
 * <p>Values that can be absent are {@code Optional}: absent means "libxl's default", which
 * matters, because xl passes only what is set and libxl's JSON omits the rest. Groups such
 * as {@link MemorySettings} and {@link VcpuSettings} offer both the written and the
 * effective values.
 */
public final class DomainConfig {

    private final DomainType type;
    private final String name;
    private final Optional<UUID> uuid;
    private final Optional<String> seclabel;
    private final Optional<String> initSeclabel;
    private final Optional<String> pool;
    private final SchedulerParameters scheduler;
    private final MemorySettings memory;
    private final VcpuSettings vcpus;
    private final Optional<VcpuAffinity> cpus;
    private final Optional<VcpuAffinity> cpusSoft;
    private final Optional<StringOrList> cpusWritten;
    private final Optional<StringOrList> cpusSoftWritten;
    private final GrantLimits grants;
    private final LifecycleActions lifecycle;
    private final Map<DomainFlag, Boolean> flags;
    private final PciPassthrough pci;
    private final OptionalLong shadowMemoryMib;
    private final OptionalLong rtcTimeoffset;
    private final OptionalLong maxEventChannels;
    private final BootSettings boot;
    private final Viridian viridian;
    private final List<DiskSpec> disks;
    private final List<VifSpec> vifs;
    private final List<String> vfbs;
    private final DeviceModel deviceModel;
    private final GraphicsSettings graphics;
    private final EmulatedDevices emulated;
    private final List<IgnoredKey> ignoredKeys;

    DomainConfig(DomainConfigBuilder b, List<IgnoredKey> ignoredKeys) {
        this.type = b.type;
        this.name = b.name;
        this.uuid = b.uuid;
        this.seclabel = b.seclabel;
        this.initSeclabel = b.initSeclabel;
        this.pool = b.pool;
        this.scheduler = b.scheduler;
        this.memory = b.memory;
        this.vcpus = b.vcpus;
        this.cpus = b.cpus;
        this.cpusSoft = b.cpusSoft;
        this.cpusWritten = b.cpusWritten;
        this.cpusSoftWritten = b.cpusSoftWritten;
        this.grants = b.grants;
        this.lifecycle = b.lifecycle;
        this.flags = Collections.unmodifiableMap(new EnumMap<>(b.flags));
        this.pci = b.pci;
        this.shadowMemoryMib = b.shadowMemoryMib;
        this.rtcTimeoffset = b.rtcTimeoffset;
        this.maxEventChannels = b.maxEventChannels;
        this.boot = b.boot.freeze();
        this.viridian = b.viridian;
        this.disks = List.copyOf(b.disks);
        this.vifs = List.copyOf(b.vifs);
        this.vfbs = List.copyOf(b.vfbs);
        this.deviceModel = b.deviceModel;
        this.graphics = b.graphics;
        this.emulated = b.emulated;
        this.ignoredKeys = List.copyOf(ignoredKeys);
    }

    public DomainType type() {
        return type;
    }

    /** The domain's name; xl requires it. Whether it is free is a host matter, checked at create time. */
    public String name() {
        return name;
    }

    /** The UUID given in the file; absent means libxl makes a random one at create time. */
    public Optional<UUID> uuid() {
        return uuid;
    }

    /** {@code seclabel}: the XSM label the domain runs with (or, with {@link #initSeclabel}, switches to). */
    public Optional<String> seclabel() {
        return seclabel;
    }

    /** {@code init_seclabel}: the XSM label the domain is built with. */
    public Optional<String> initSeclabel() {
        return initSeclabel;
    }

    /** {@code pool}: the cpupool's name; absent means Pool-0. */
    public Optional<String> pool() {
        return pool;
    }

    public SchedulerParameters scheduler() {
        return scheduler;
    }

    public MemorySettings memory() {
        return memory;
    }

    public VcpuSettings vcpus() {
        return vcpus;
    }

    /** {@code cpus}: hard affinity, absent meaning every pCPU of the pool. */
    public Optional<VcpuAffinity> cpus() {
        return cpus;
    }

    /** {@code cpus_soft}: soft affinity (preferred pCPUs). */
    public Optional<VcpuAffinity> cpusSoft() {
        return cpusSoft;
    }

    /** {@code cpus} as written: one CPU list, or one per vCPU. */
    Optional<StringOrList> cpusWritten() {
        return cpusWritten;
    }

    Optional<StringOrList> cpusSoftWritten() {
        return cpusSoftWritten;
    }

    public GrantLimits grants() {
        return grants;
    }

    public LifecycleActions lifecycle() {
        return lifecycle;
    }

    /** The on/off keys that were given (and apply to this type), with their values. */
    public Map<DomainFlag, Boolean> flags() {
        return flags;
    }

    public Optional<Boolean> flag(DomainFlag flag) {
        return Optional.ofNullable(flags.get(flag));
    }

    public PciPassthrough pci() {
        return pci;
    }

    /** {@code shadow_memory} in MiB; absent lets libxl size it. */
    public OptionalLong shadowMemoryMib() {
        return shadowMemoryMib;
    }

    /** {@code rtc_timeoffset} in seconds. */
    public OptionalLong rtcTimeoffset() {
        return rtcTimeoffset;
    }

    /** {@code max_event_channels}; libxl's default is 1023. */
    public OptionalLong maxEventChannels() {
        return maxEventChannels;
    }

    public BootSettings boot() {
        return boot;
    }

    /** HVM only. */
    public Viridian viridian() {
        return viridian;
    }

    /** {@code disk=}, in order (the first is the guest's first disk). */
    public List<DiskSpec> disks() {
        return disks;
    }

    /** {@code vif=}, in order; each vif's devid is its index unless {@code devid=} says otherwise. */
    public List<VifSpec> vifs() {
        return vifs;
    }

    /** {@code vfb=} entries as written ({@code k=v,...}); with any, a PV guest ignores the top-level vnc keys. */
    public List<String> vfbs() {
        return vfbs;
    }

    public DeviceModel deviceModel() {
        return deviceModel;
    }

    public GraphicsSettings graphics() {
        return graphics;
    }

    /** HVM only. */
    public EmulatedDevices emulatedDevices() {
        return emulated;
    }

    /** Settings xl never looks at for this guest: unknown keys and keys for other types. */
    public List<IgnoredKey> ignoredKeys() {
        return ignoredKeys;
    }

    /**
     * xsh's own typed view as plain maps and lists (the {@code cfg show --json} document);
     * see {@link DomainDescription} for the schema.
     */
    public Map<String, Object> describe() {
        return DomainDescription.of(this);
    }
}
