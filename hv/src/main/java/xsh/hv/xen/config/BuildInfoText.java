package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import xsh.cfg.domain.DeviceModelVersion;
import xsh.cfg.domain.DomainType;

/**
 * libxl's {@code b_info} back as xl.cfg keys: vCPU counts and affinity, memory, scheduler
 * parameters, limits, the device model and how the guest boots. Older libxl (4.9 and before)
 * kept kernel, ramdisk, command line and bootloader in the PV member of the type union, so
 * those are looked up there too.
 */
final class BuildInfoText {

    private static final long KIB_PER_MIB = 1024;
    private static final long INT_MAX = Integer.MAX_VALUE;

    private final LibxlObject b;
    private final LibxlObject pvUnion;
    private final XlCfgText out;
    private final Consumer<String> notes;

    BuildInfoText(LibxlObject b, XlCfgText out, Consumer<String> notes) {
        this.b = b;
        this.pvUnion = b.object("type.pv");
        this.out = out;
        this.notes = notes;
    }

    /** vcpus is the number of vCPUs online at start, maxvcpus the map's size when larger. */
    void vcpus() {
        OptionalLong max = b.count("max_vcpus");
        int online = b.bitmap("avail_vcpus").cardinality();
        if (b.has("avail_vcpus")) {
            out.number("vcpus", online);
        }
        if (max.isPresent() && max.getAsLong() != 0 && (!b.has("avail_vcpus") || max.getAsLong() != online)) {
            out.number("maxvcpus", max.getAsLong());
        }
    }

    /** memory is the target, maxmem the maximum when it differs; xl.cfg counts in MiB. */
    void memory() {
        OptionalLong target = b.count("target_memkb");
        OptionalLong max = b.count("max_memkb");
        target.ifPresent(kib -> out.number("memory", mib("target_memkb", kib)));
        max.ifPresent(kib -> {
            if (target.isEmpty() || kib != target.getAsLong()) {
                out.number("maxmem", mib("max_memkb", kib));
            }
        });
    }

    /**
     * A string when every vCPU has the same CPUs and libxl may still place the domain; a
     * per-vCPU list otherwise, which is also how xl.cfg turns NUMA placement off (with no
     * soft affinity to do it).
     */
    void affinity() {
        long maxVcpus = b.count("max_vcpus").orElse(0);
        boolean placementOff = b.defbool("numa_placement").equals(Optional.of(false))
                && !b.has("vcpu_soft_affinity");
        cpus("cpus", b.list("vcpu_hard_affinity"), maxVcpus, placementOff);
        cpus("cpus_soft", b.list("vcpu_soft_affinity"), maxVcpus, false);
    }

    private void cpus(String key, List<?> maps, long maxVcpus, boolean asList) {
        if (maps.isEmpty()) {
            return;
        }
        List<String> lists = new ArrayList<>();
        for (Object map : maps) {
            lists.add(cpuList(LibxlObject.bits(map)));
        }
        boolean same = lists.stream().distinct().count() == 1;
        if (!asList && same && lists.size() == maxVcpus) {
            out.string(key, lists.get(0));
        } else {
            out.stringList(key, lists);
        }
    }

    /** The CPUs as ranges xl reads back to exactly these bits ({@code all} would mean every bit of the map). */
    private static String cpuList(BitSet cpus) {
        List<String> runs = new ArrayList<>();
        int start = cpus.nextSetBit(0);
        while (start >= 0) {
            int end = cpus.nextClearBit(start) - 1;
            runs.add(end > start ? start + "-" + end : Integer.toString(start));
            start = cpus.nextSetBit(end + 1);
        }
        return runs.isEmpty() ? "^0" : String.join(",", runs);
    }

    /** libxl's -1 means "the scheduler's default" and is left out; the scheduler's name is the pool's business. */
    void scheduler() {
        LibxlObject s = b.object("sched_params");
        out.number("cpu_weight", s.count("weight"));
        out.number("cap", s.count("cap"));
        out.number("period", s.count("period"));
        out.number("slice", s.count("slice"));
        out.number("latency", s.count("latency"));
        out.number("extratime", s.count("extratime"));
        s.count("budget").ifPresent(budget -> notes.accept("RTDS budget " + budget + " not carried (xl.cfg has no key for it)"));
    }

    /** Grant limits xl accepts from 0 to INT_MAX; the rest are libxl's "unset" values. */
    void limits() {
        for (String key : List.of("max_grant_frames", "max_maptrack_frames", "max_grant_version")) {
            b.count(key).ifPresent(n -> {
                if (n <= INT_MAX) {
                    out.number(key, n);
                }
            });
        }
        out.number("max_event_channels", b.count("event_channels").stream().filter(n -> n != 0).findFirst());
        b.count("shadow_memkb").ifPresent(kib -> out.number("shadow_memory", mib("shadow_memkb", kib)));
        b.count("video_memkb").ifPresent(kib -> out.number("videoram", mib("video_memkb", kib)));
        b.count("rtc_timeoffset").ifPresent(seconds -> {
            if (seconds != 0) {
                out.number("rtc_timeoffset", seconds);
            }
        });
    }

    void deviceModel() {
        b.string("device_model_version").ifPresent(name -> {
            Optional<DeviceModelVersion> version = Arrays.stream(DeviceModelVersion.values())
                    .filter(v -> v.libxlName().equals(name)).findFirst();
            version.ifPresent(v -> out.string("device_model_version", v.xlName()));
        });
        b.defbool("device_model_stubdomain").ifPresent(on -> out.flag("device_model_stubdomain_override", on));
        out.string("device_model_override", b.string("device_model"));
    }

    /** Kernel, ramdisk, command line, device tree and bootloader, new place first, then libxl 4.9's. */
    void boot(DomainType type) {
        Optional<String> kernel = string("kernel");
        out.string("kernel", kernel);
        out.string("ramdisk", string("ramdisk"));
        out.string("cmdline", string("cmdline"));
        out.string("device_tree", b.string("device_tree"));
        Optional<String> bootloader = string("bootloader");
        out.string("bootloader", bootloader);
        List<String> args = b.has("bootloader_args") ? b.strings("bootloader_args") : pvUnion.strings("bootloader_args");
        if (!args.isEmpty()) {
            out.stringList("bootloader_args", args);
        }
        if (type != DomainType.HVM && kernel.isEmpty() && bootloader.isEmpty()) {
            notes.accept("no kernel and no bootloader (as for Domain-0): xl cannot create this domain");
        }
    }

    private Optional<String> string(String key) {
        return b.string(key).or(() -> pvUnion.string(key));
    }

    /** KiB as whole MiB, rounded up so the guest never gets less than it had. */
    private long mib(String field, long kib) {
        if (kib % KIB_PER_MIB != 0) {
            notes.accept(field + " " + kib + " is not a whole MiB; rounded up");
        }
        return (kib + KIB_PER_MIB - 1) / KIB_PER_MIB;
    }
}
