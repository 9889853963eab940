package xsh.cfg.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import xsh.cfg.cpulist.VcpuAffinity;
import xsh.cfg.disk.DiskSpec;
import xsh.cfg.vif.VifSpec;

/** The mutable state the topic readers fill in, in xl's order, before it is frozen. */
final class DomainConfigBuilder {

    DomainType type = DomainType.defaultType();
    String name;
    Optional<UUID> uuid = Optional.empty();
    Optional<String> seclabel = Optional.empty();
    Optional<String> initSeclabel = Optional.empty();
    Optional<String> pool = Optional.empty();
    SchedulerParameters scheduler = SchedulerParameters.unset();
    MemorySettings memory = MemorySettings.unset();
    VcpuSettings vcpus = VcpuSettings.unset();
    Optional<VcpuAffinity> cpus = Optional.empty();
    Optional<VcpuAffinity> cpusSoft = Optional.empty();
    Optional<StringOrList> cpusWritten = Optional.empty();
    Optional<StringOrList> cpusSoftWritten = Optional.empty();
    GrantLimits grants = GrantLimits.unset();
    LifecycleActions lifecycle = LifecycleActions.defaults();
    final Map<DomainFlag, Boolean> flags = new EnumMap<>(DomainFlag.class);
    PciPassthrough pci = PciPassthrough.none();
    OptionalLong shadowMemoryMib = OptionalLong.empty();
    OptionalLong rtcTimeoffset = OptionalLong.empty();
    OptionalLong maxEventChannels = OptionalLong.empty();
    final BootDraft boot = new BootDraft();
    Viridian viridian = Viridian.unset();
    List<DiskSpec> disks = List.of();
    final List<VifSpec> vifs = new ArrayList<>();
    List<String> vfbs = List.of();
    DeviceModel deviceModel = DeviceModel.unset();
    GraphicsSettings graphics = GraphicsSettings.unset();
    EmulatedDevices emulated = EmulatedDevices.unset();

    DomainConfig build(List<IgnoredKey> ignoredKeys) {
        return new DomainConfig(this, ignoredKeys);
    }
}
