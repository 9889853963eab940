package xsh.cfg.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every key xl 4.17's {@code parse_config_data} reads, and the guest types it reads each one
 * for. A key outside this table is never looked at by xl, whatever it holds; xsh uses the
 * table to report such keys, since xl stays silent about them. Some keys here are read by
 * xl but not modelled by xsh (for example {@code vtpm}, {@code channel}, {@code cpuid}); they
 * stay available in the raw settings.
 */
public final class XlKeys {

    private static final Set<DomainType> ALL = EnumSet.allOf(DomainType.class);
    private static final Set<DomainType> HVM = EnumSet.of(DomainType.HVM);
    private static final Set<DomainType> PV = EnumSet.of(DomainType.PV);
    private static final Set<DomainType> PVH = EnumSet.of(DomainType.PVH);
    private static final Set<DomainType> PV_AND_HVM = EnumSet.of(DomainType.PV, DomainType.HVM);

    private static final Map<String, Set<DomainType>> KEYS = table();

    private XlKeys() {
    }

    private static Map<String, Set<DomainType>> table() {
        Map<String, Set<DomainType>> keys = new LinkedHashMap<>();
        put(keys, ALL, "name", "type", "builder", "uuid", "seclabel", "init_seclabel", "hap", "oos", "pool",
                "cpu_weight", "cap", "period", "slice", "latency", "extratime", "memory", "maxmem", "vcpus",
                "maxvcpus", "vuart", "vnuma", "cpus", "cpus_soft", "max_grant_frames", "max_maptrack_frames",
                "max_grant_version", "on_poweroff", "on_reboot", "on_watchdog", "on_crash", "on_soft_reset",
                "pci_msitranslate", "pci_power_mgmt", "pci_permissive", "pci_seize", "rdm", "pci", "dtdev",
                "passthrough", "shadow_memory", "nomigrate", "tsc_mode", "rtc_timeoffset", "vncviewer",
                "localtime", "videoram", "max_event_channels", "kernel", "ramdisk", "device_tree", "cmdline",
                "root", "extra", "driver_domain", "acpi", "bootloader", "bootloader_args", "timer_mode",
                "nestedhvm", "firmware", "altp2m", "vmtrace_buf_kb", "ioports", "irqs", "iomem", "disk", "p9",
                "vtpm", "vdispl", "pvcalls", "vsnd", "channel", "vif", "vif2", "vfb", "usbctrl", "usbdev",
                "cpuid", "device_model", "device_model_override", "device_model_version",
                "device_model_stubdomain_override", "device_model_stubdomain_seclabel", "device_model_user",
                "stubdomain_kernel", "stubdomain_cmdline", "stubdomain_ramdisk", "stubdomain_memory",
                "device_model_args", "device_model_args_pv", "device_model_args_hvm", "vnc", "vnclisten",
                "vncpasswd", "vncdisplay", "vncunused", "sdl", "opengl", "display", "xauthority", "dm_restrict",
                "gic_version", "tee", "vkb", "xend_suspend_evtchn_compat", "msr_relaxed", "vpmu");
        put(keys, PV, "e820_host");
        put(keys, PVH, "pvshim", "pvshim_path", "pvshim_cmdline", "pvshim_extra");
        put(keys, PV_AND_HVM, "keymap");
        put(keys, HVM, "firmware_override", "bios_path_override", "bios", "pae", "acpi_s3", "acpi_s4",
                "acpi_laptop_slate", "nx", "hpet", "vpt_align", "apic", "viridian", "mmio_hole", "altp2mhvm",
                "smbios_firmware", "acpi_firmware", "ms_vm_genid", "rdm_mem_boundary", "mca_caps", "vga",
                "stdvga", "hdtype", "spice", "spiceport", "spicetls_port", "spicehost", "spicedisable_ticketing",
                "spicepasswd", "spiceagent_mouse", "spicevdagent", "spice_clipboard_sharing",
                "spiceusbredirection", "spice_image_compression", "spice_streaming_video", "nographic",
                "gfx_passthru", "serial", "boot", "usb", "usbversion", "usbdevice", "vkb_device", "soundhw",
                "xen_platform_pci", "vendor_device");
        return Collections.unmodifiableMap(keys);
    }

    private static void put(Map<String, Set<DomainType>> keys, Set<DomainType> types, String... names) {
        for (String name : names) {
            keys.put(name, types);
        }
    }

    /** Every key xl reads for some guest type. */
    public static Set<String> all() {
        return KEYS.keySet();
    }

    public static boolean isKnown(String key) {
        return KEYS.containsKey(key);
    }

    /** True if xl reads the key for guests of this type. */
    public static boolean readFor(String key, DomainType type) {
        Set<DomainType> types = KEYS.get(key);
        return types != null && types.contains(type);
    }

    /**
     * The known key an unknown one was probably meant to be: one a small edit away
     * ({@code vcpu}, {@code memmory}), or one having the unknown key as a whole word
     * ({@code weight} in {@code cpu_weight}).
     */
    public static Optional<String> suggestionFor(String unknown) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String known : KEYS.keySet()) {
            int score = score(unknown, known);
            if (score < bestScore) {
                bestScore = score;
                best = known;
            }
        }
        return bestScore <= allowedDistance(unknown) ? Optional.of(best) : Optional.empty();
    }

    private static int score(String unknown, String known) {
        int distance = EditDistance.between(unknown, known);
        boolean wholeWord = ("_" + known + "_").contains("_" + unknown + "_") && unknown.length() >= 3;
        return wholeWord ? Math.min(distance, 1) : distance;
    }

    private static int allowedDistance(String unknown) {
        if (unknown.length() <= 4) {
            return 1;
        }
        return unknown.length() <= 8 ? 2 : 3;
    }
}
