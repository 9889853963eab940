package xsh.cfg.libxl;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.cpulist.VcpuAffinity;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.DomainFlag;
import xsh.cfg.domain.DomainType;
import xsh.cfg.domain.GrantLimits;
import xsh.cfg.domain.SchedulerParameters;

/**
 * libxl's {@code b_info} as xl fills it at parse time, before libxl applies its defaults:
 * so a config without {@code memory} has no {@code target_memkb} at all, and
 * {@code max_memkb} copies the target only when {@code maxmem} is absent.
 */
final class BuildInfoJson {

    /** libxl's "not set" for every scheduler parameter. */
    private static final int SCHED_PARAM_DEFAULT = -1;

    private BuildInfoJson() {
    }

    static Map<String, Object> of(DomainConfig c, HostFacts host) {
        int maxVcpus = (int) c.vcpus().xlMaxVcpus();
        LibxlJson b = new LibxlJson();
        if (maxVcpus != 0) {
            b.raw("max_vcpus", maxVcpus);
        }
        b.bitmap("avail_vcpus", availVcpus(c.vcpus().vcpus()));
        affinity(b, "vcpu_hard_affinity", c.cpus(), host, maxVcpus);
        affinity(b, "vcpu_soft_affinity", c.cpusSoft(), host, maxVcpus);
        boolean noAutoPlacement = c.cpus().map(a -> a.disablesNumaPlacement(true)).orElse(false)
                || c.cpusSoft().isPresent();
        b.defbool("numa_placement", noAutoPlacement ? Optional.of(false) : Optional.empty());
        // max_memkb is maxmem, else whatever target xl has (nothing, if memory is absent too)
        b.memkb("max_memkb", c.memory().maxmemMib().isPresent() ? c.memory().maxmemMib() : c.memory().memoryMib());
        b.memkb("target_memkb", c.memory().memoryMib());
        b.memkb("video_memkb", c.graphics().videoramMib());
        b.memkb("shadow_memkb", c.shadowMemoryMib());
        b.uint32("rtc_timeoffset", c.rtcTimeoffset());
        b.string("exec_ssid_label", c.initSeclabel().isPresent() ? c.seclabel() : Optional.empty());
        b.defbool("localtime", c.flag(DomainFlag.LOCALTIME));
        b.defbool("disable_migrate", c.flag(DomainFlag.NOMIGRATE));
        b.string("blkdev_start", host.xlGlobals().blkdevStart());
        grants(b, c.grants(), host.xlGlobals());
        b.string("device_model_version", c.deviceModel().version().map(v -> v.libxlName()));
        b.defbool("device_model_stubdomain", c.deviceModel().stubdomain());
        b.string("device_model", c.deviceModel().override());
        b.object("sched_params", schedParams(c.scheduler()));
        b.defbool("claim_mode", Optional.of(host.xlGlobals().claimMode()));
        b.uint32("event_channels", c.maxEventChannels());
        b.string("kernel", c.boot().effectiveKernel(host.firmwareDir()));
        b.string("cmdline", c.boot().cmdline());
        b.string("ramdisk", c.boot().ramdisk());
        b.string("device_tree", c.boot().deviceTree());
        b.defbool("acpi", c.flag(DomainFlag.ACPI));
        b.string("bootloader", c.boot().bootloader());
        b.stringList("bootloader_args", c.boot().bootloaderArgs());
        b.defbool("nested_hvm", c.flag(DomainFlag.NESTEDHVM));
        b.defbool("apic", c.flag(DomainFlag.APIC));
        b.defbool("dm_restrict", c.flag(DomainFlag.DM_RESTRICT));
        b.object("type." + c.type().xlName(), typeUnion(c));
        b.object("arch_arm", Map.of());
        b.object("arch_x86", new LibxlJson().defbool("msr_relaxed", c.flag(DomainFlag.MSR_RELAXED)).map());
        b.defbool("vpmu", c.flag(DomainFlag.VPMU));
        return b.map();
    }

    /** vcpus=N gives vCPUs 0..N-1; vcpus=0 an empty map, which libxl's JSON leaves out. */
    private static BitSet availVcpus(OptionalLong vcpus) {
        BitSet bits = new BitSet();
        if (vcpus.isPresent() && vcpus.getAsLong() > 0) {
            bits.set(0, (int) vcpus.getAsLong());
        }
        return bits;
    }

    /** One CPU map per pinned vCPU, each as the list of its CPUs. */
    private static void affinity(LibxlJson b, String key, Optional<VcpuAffinity> affinity, HostFacts host,
            int maxVcpus) {
        if (affinity.isEmpty() || maxVcpus <= 0) {
            return;
        }
        List<BitSet> maps = affinity.get().resolve(host.topology(), maxVcpus);
        if (!maps.isEmpty()) {
            b.raw(key, maps.stream().map(LibxlJson::setBits).toList());
        }
    }

    /** A config value wins over xl.conf's; both absent leaves the hypervisor's default. */
    private static void grants(LibxlJson b, GrantLimits g, XlGlobals globals) {
        b.integer("max_grant_frames", or(g.maxGrantFrames(), globals.maxGrantFrames()));
        b.integer("max_maptrack_frames", or(g.maxMaptrackFrames(), globals.maxMaptrackFrames()));
        b.integer("max_grant_version", or(g.maxGrantVersion(), globals.maxGrantVersion()));
    }

    private static OptionalLong or(OptionalLong first, OptionalLong second) {
        return first.isPresent() ? first : second;
    }

    private static Map<String, Object> schedParams(SchedulerParameters s) {
        return new LibxlJson()
                .integerUnless("weight", s.cpuWeight(), SCHED_PARAM_DEFAULT)
                .integerUnless("cap", s.cap(), SCHED_PARAM_DEFAULT)
                .integerUnless("period", s.period(), SCHED_PARAM_DEFAULT)
                .integerUnless("extratime", s.extratime(), SCHED_PARAM_DEFAULT)
                .integerUnless("slice", s.slice(), SCHED_PARAM_DEFAULT)
                .integerUnless("latency", s.latency(), SCHED_PARAM_DEFAULT)
                .map();
    }

    private static Map<String, Object> typeUnion(DomainConfig c) {
        if (c.type() == DomainType.HVM) {
            return HvmBuildJson.of(c);
        }
        if (c.type() == DomainType.PVH) {
            return new LibxlJson()
                    .defbool("pvshim", c.boot().pvShim().enabled())
                    .string("pvshim_path", c.boot().pvShim().path())
                    .string("pvshim_cmdline", c.boot().pvShim().cmdline())
                    .string("pvshim_extra", c.boot().pvShim().extra())
                    .map();
        }
        // xl turns on the host's E820 map for a PV guest with PCI devices
        Optional<Boolean> e820 = c.pci().devices().isEmpty() ? c.flag(DomainFlag.E820_HOST) : Optional.of(true);
        return new LibxlJson().defbool("e820_host", e820).map();
    }
}
