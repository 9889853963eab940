package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import xsh.cfg.domain.DomainType;
import xsh.cfg.domain.LifecycleAction;
import xsh.cfg.domain.ShutdownEvent;
import xsh.cfg.source.ConfigSource;

/**
 * A domain's {@code libxl_domain_config} (an element's {@code config} of {@code xl list -l})
 * back as xl.cfg: the text whose libxl JSON, as xl builds it, is the one read. What libxl
 * holds and this text does not say (USB devices, 9p shares, vNUMA, a value a disk spec cannot
 * quote...) is named in {@code # libxl:} comments at the top; what libxl fills in at run time
 * with no xl.cfg key (domid, ssidref, xl.conf's settings, the host's reserved memory regions)
 * is left out silently.
 *
 * <p>Lenient by design: xl 4.11 to 4.19 differ in keys and in where they keep some, so an
 * unknown key, a missing section or a value of an unexpected type is skipped, never fatal.
 */
public final class XlConfigFromLibxl {

    /** Device arrays xl.cfg has keys for that are not written back. */
    private static final List<String> NOT_CARRIED_ARRAYS = List.of("dtdevs", "p9s", "pvcallsifs", "vdispls",
            "vsnds", "usbctrls", "usbdevs", "virtios");
    private static final List<String> NOT_CARRIED_BUILD_ARRAYS = List.of("iomem", "ioports", "irqs", "vnuma_nodes",
            "cpuid");

    private final LibxlObject config;
    private final XlCfgText body = new XlCfgText();
    private final List<String> notes = new ArrayList<>();

    private XlConfigFromLibxl(LibxlObject config) {
        this.config = config;
    }

    /** libxl_domain_config (JsonSlurper's Map) -> xl.cfg text named sourceName (e.g. "<live:web>") */
    public static ConfigSource of(Map<String, Object> config, String sourceName) {
        LibxlObject root = LibxlObject.of(config);
        if (!root.has("c_info") && !root.has("b_info") && root.has("config")) {
            // a whole element of xl list -l, {"domid": N, "config": {...}}
            root = root.object("config");
        }
        return new XlConfigFromLibxl(root).write().source(sourceName);
    }

    private XlCfgText write() {
        LibxlObject c = config.object("c_info");
        LibxlObject b = config.object("b_info");
        DomainType type = typeOf(c, b);
        identity(c, b, type);
        BuildInfoText build = new BuildInfoText(b, body, notes::add);
        build.memory();
        build.vcpus();
        build.affinity();
        build.scheduler();
        build.limits();
        build.deviceModel();
        build.boot(type);
        LibxlObject hvm = b.object("type.hvm");
        FlagText.write(FlagText.Place.B_INFO, b, hvm, type, body);
        FlagText.write(FlagText.Place.ARCH_X86, b.object("arch_x86"), hvm, type, body);
        EnumKeyText.write(EnumKeyText.Place.B_INFO, b, hvm, type, body);
        switch (type) {
            case HVM -> new HvmBuildText(hvm, body, notes::add).write();
            case PVH -> pvh(b.object("type.pvh"));
            case PV -> FlagText.write(FlagText.Place.PV, b.object("type.pv"), hvm, type, body);
        }
        devices(type);
        lifecycle();
        notCarried(b);
        XlCfgText text = new XlCfgText();
        notes.forEach(text::comment);
        return text.append(body);
    }

    /** c_info's type; else the union b_info holds; else xl's default. */
    private DomainType typeOf(LibxlObject c, LibxlObject b) {
        Optional<String> name = c.string("type");
        for (DomainType type : DomainType.values()) {
            if (name.isPresent() ? name.get().equals(type.xlName()) : b.has("type." + type.xlName())) {
                return type;
            }
        }
        notes.add("no domain type" + name.map(n -> " (" + n + ")").orElse("") + "; xl's default assumed");
        return DomainType.defaultType();
    }

    private void identity(LibxlObject c, LibxlObject b, DomainType type) {
        c.string("name").ifPresentOrElse(name -> body.string("name", name), () -> notes.add("no name"));
        body.string("type", type.xlName());
        c.string("uuid").ifPresent(uuid -> {
            if (isUuid(uuid)) {
                body.string("uuid", uuid);
            } else {
                notes.add("uuid " + uuid + " not carried: not a UUID");
            }
        });
        body.string("pool", c.string("pool_name"));
        // with an exec label, ssid_label is the one the domain was built with (init_seclabel)
        Optional<String> exec = b.string("exec_ssid_label");
        if (exec.isPresent()) {
            body.string("init_seclabel", c.string("ssid_label"));
            body.string("seclabel", exec.get());
        } else {
            body.string("seclabel", c.string("ssid_label"));
        }
        FlagText.write(FlagText.Place.C_INFO, c, LibxlObject.of(null), type, body);
        EnumKeyText.write(EnumKeyText.Place.C_INFO, c, LibxlObject.of(null), type, body);
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void pvh(LibxlObject pvh) {
        pvh.defbool("pvshim").ifPresent(on -> body.flag("pvshim", on));
        body.string("pvshim_path", pvh.string("pvshim_path"));
        body.string("pvshim_cmdline", pvh.string("pvshim_cmdline"));
        body.string("pvshim_extra", pvh.string("pvshim_extra"));
    }

    private void devices(DomainType type) {
        deviceList("disks", "disk", DiskSpecText::of);
        List<String> vifs = new ArrayList<>();
        List<LibxlObject> nics = config.objects("nics");
        for (int i = 0; i < nics.size(); i++) {
            // a vif left out must not shift the devids of those after it
            VifSpecText.of(nics.get(i), vifs.size(), "vif " + i, notes::add).ifPresent(vifs::add);
        }
        if (!vifs.isEmpty()) {
            body.stringList("vif", vifs);
        }
        List<LibxlObject> vfbs = config.objects("vfbs");
        if (!vfbs.isEmpty()) {
            body.stringList("vfb", FramebufferText.entries(vfbs, notes::add));
        }
        deviceList("pcidevs", "pci", PciSpecText::of);
        deviceList("channels", "channel", ChannelSpecText::of);
        deviceList("vtpms", "vtpm", VtpmSpecText::of);
        // a vfb brings its keyboard, and an HVM guest's comes with vkb_device
        int vkbs = config.list("vkbs").size();
        if (type != DomainType.HVM && vkbs > vfbs.size()) {
            notes.add((vkbs - vfbs.size()) + " vkbs without a vfb not carried");
        }
    }

    /** libxl's device array {@code array} as the xl.cfg list {@code key}, one spec string per device written. */
    private void deviceList(String array, String key, DeviceText text) {
        List<String> entries = new ArrayList<>();
        List<LibxlObject> devices = config.objects(array);
        for (int i = 0; i < devices.size(); i++) {
            text.of(devices.get(i), key + " " + i, notes::add).ifPresent(entries::add);
        }
        if (!entries.isEmpty()) {
            body.stringList(key, entries);
        }
    }

    /** Writes one device's spec string, or names in a note why it cannot. */
    private interface DeviceText {
        Optional<String> of(LibxlObject device, String label, Consumer<String> notes);
    }

    /** libxl leaves out an action equal to its own default, destroy; xl.cfg leaves out xl's defaults. */
    private void lifecycle() {
        for (ShutdownEvent event : ShutdownEvent.values()) {
            String libxlName = config.string(event.key()).orElse(LifecycleAction.DESTROY.libxlName());
            Optional<LifecycleAction> action = Arrays.stream(LifecycleAction.values())
                    .filter(a -> a.libxlName().equals(libxlName)).findFirst();
            if (action.isEmpty()) {
                notes.add(event.key() + " " + libxlName + " not carried");
            } else if (action.get() != event.defaultAction()) {
                body.string(event.key(), action.get().xlName());
            }
        }
    }

    private void notCarried(LibxlObject b) {
        for (String key : NOT_CARRIED_ARRAYS) {
            int n = config.list(key).size();
            if (n > 0) {
                notes.add(key + " not carried (" + n + (n == 1 ? " entry)" : " entries)"));
            }
        }
        for (String key : NOT_CARRIED_BUILD_ARRAYS) {
            int n = b.list(key).size();
            if (n > 0) {
                notes.add("b_info." + key + " not carried (" + n + (n == 1 ? " entry)" : " entries)"));
            }
        }
    }
}
