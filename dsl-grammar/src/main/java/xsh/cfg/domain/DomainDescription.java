package xsh.cfg.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * xsh's typed JSON view of a {@link DomainConfig} ({@code cfg show --json}), as plain
 * maps, lists, strings, numbers and booleans. Keys are snake_case and appear in this order;
 * a key whose value is absent from the file and has no fixed default is left out.
 *
 * <pre>
 * name              string
 * type              "pv" | "pvh" | "hvm"
 * uuid, pool, seclabel, init_seclabel        string, when given
 * memory            {target_mib, max_mib}          effective sizes (libxl's 32 MiB default applied)
 * vcpus             {online, max}                  effective counts
 * cpus, cpus_soft   string or list of strings, as written
 * scheduler         {cpu_weight, cap [, period, slice, latency, extratime]}   weight/cap effective
 * lifecycle         {on_poweroff, on_reboot, on_watchdog, on_crash, on_soft_reset}   xl spellings, defaults filled in
 * boot              {kernel, ramdisk, cmdline, root, extra, bootloader, bootloader_args, firmware,
 *                    bios, firmware_path, bios_path_override, pv_firmware, device_tree, pvshim{...}}  given ones
 * disks             list of {target, format, vdev, access ("rw"|"ro"), devtype ("disk"|"cdrom"), removable,
 *                    and when set: backend, backendtype, script, specification, direct_io_safe, discard,
 *                    colo, colo_host, colo_port, colo_export, active_disk, hidden_disk}; target absent for an
 *                    empty cdrom drive given without one
 * vifs              list of {devid, and when set: mac, bridge, type ("vif"|"ioemu"), model, script, ip,
 *                    gatewaydev, backend, vifname, rate{bytes_per_interval, interval_usecs}, mtu, trusted,
 *                    colo{libxl field: value}}
 * pci               {devices, permissive, msitranslate, seize, power_mgmt}   when any is given
 * display           {vnc{enabled, listen, password, display, find_unused}, sdl{enabled, opengl, display,
 *                    xauthority}, keymap, vga (xl spelling), videoram_mib, nographic}   given ones
 * emulated          HVM only: {serial, boot (effective), usb, usbversion, usbdevice, soundhw}
 * viridian          HVM only, when given: {enabled, enlightenments}
 * flags             {key: boolean} for every on/off key given
 * grants            {max_grant_frames, max_maptrack_frames, max_grant_version}   given ones
 * device_model      {version (xl spelling), override, stubdomain}   given ones
 * shadow_memory_mib, rtc_timeoffset, max_event_channels   numbers, when given
 * vfbs              list of strings, when given
 * </pre>
 */
final class DomainDescription {

    private DomainDescription() {
    }

    static Map<String, Object> of(DomainConfig c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", c.name());
        out.put("type", c.type().xlName());
        put(out, "uuid", c.uuid().map(Object::toString));
        put(out, "pool", c.pool());
        put(out, "seclabel", c.seclabel());
        put(out, "init_seclabel", c.initSeclabel());
        out.put("memory", ordered("target_mib", c.memory().targetMib(), "max_mib", c.memory().maxMib()));
        out.put("vcpus", ordered("online", c.vcpus().online(), "max", c.vcpus().max()));
        put(out, "cpus", c.cpusWritten().map(StringOrList::plain));
        put(out, "cpus_soft", c.cpusSoftWritten().map(StringOrList::plain));
        out.put("scheduler", scheduler(c.scheduler()));
        out.put("lifecycle", lifecycle(c.lifecycle()));
        out.put("boot", boot(c.boot()));
        out.put("disks", c.disks().stream().map(DeviceDescription::disk).toList());
        out.put("vifs", c.vifs().stream().map(DeviceDescription::vif).toList());
        putNonEmpty(out, "pci", pci(c.pci()));
        putNonEmpty(out, "display", display(c.graphics()));
        if (c.type() == DomainType.HVM) {
            out.put("emulated", emulated(c.emulatedDevices()));
            putNonEmpty(out, "viridian", viridian(c.viridian()));
        }
        Map<String, Object> flags = new LinkedHashMap<>();
        c.flags().forEach((flag, value) -> flags.put(flag.key(), value));
        putNonEmpty(out, "flags", flags);
        putNonEmpty(out, "grants", grants(c.grants()));
        putNonEmpty(out, "device_model", deviceModel(c.deviceModel()));
        put(out, "shadow_memory_mib", c.shadowMemoryMib());
        put(out, "rtc_timeoffset", c.rtcTimeoffset());
        put(out, "max_event_channels", c.maxEventChannels());
        if (!c.vfbs().isEmpty()) {
            out.put("vfbs", c.vfbs());
        }
        return out;
    }

    private static Map<String, Object> scheduler(SchedulerParameters s) {
        Map<String, Object> out = ordered("cpu_weight", s.weight(), "cap", s.effectiveCap());
        put(out, "period", s.period());
        put(out, "slice", s.slice());
        put(out, "latency", s.latency());
        put(out, "extratime", s.extratime());
        return out;
    }

    private static Map<String, Object> lifecycle(LifecycleActions actions) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ShutdownEvent event : ShutdownEvent.values()) {
            out.put(event.key(), actions.action(event).xlName());
        }
        return out;
    }

    private static Map<String, Object> boot(BootSettings b) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "kernel", b.kernel());
        put(out, "ramdisk", b.ramdisk());
        put(out, "cmdline", b.cmdline());
        put(out, "root", b.root());
        put(out, "extra", b.extra());
        put(out, "bootloader", b.bootloader());
        if (!b.bootloaderArgs().isEmpty()) {
            out.put("bootloader_args", b.bootloaderArgs());
        }
        put(out, "firmware", b.firmware());
        put(out, "bios", b.bios().map(BiosType::libxlName));
        put(out, "firmware_path", b.hvmFirmwarePath());
        put(out, "bios_path_override", b.biosPathOverride());
        put(out, "pv_firmware", b.pvFirmware());
        put(out, "device_tree", b.deviceTree());
        PvShim shim = b.pvShim();
        if (!shim.equals(PvShim.unset())) {
            Map<String, Object> pvshim = new LinkedHashMap<>();
            pvshim.put("enabled", shim.isEnabled());
            put(pvshim, "path", shim.path());
            pvshim.put("cmdline", shim.cmdline().orElse(PvShim.DEFAULT_CMDLINE));
            put(pvshim, "extra", shim.extra());
            out.put("pvshim", pvshim);
        }
        return out;
    }

    private static Map<String, Object> pci(PciPassthrough p) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!p.devices().isEmpty()) {
            out.put("devices", p.devices());
        }
        put(out, "permissive", p.permissive());
        put(out, "msitranslate", p.msiTranslate());
        put(out, "seize", p.seize());
        put(out, "power_mgmt", p.powerManagement());
        return out;
    }

    private static Map<String, Object> display(GraphicsSettings g) {
        Map<String, Object> out = new LinkedHashMap<>();
        VncSettings v = g.vnc();
        Map<String, Object> vnc = new LinkedHashMap<>();
        put(vnc, "enabled", v.enabled());
        put(vnc, "listen", v.listen());
        put(vnc, "password", v.password());
        put(vnc, "display", v.display());
        put(vnc, "find_unused", v.findUnused());
        putNonEmpty(out, "vnc", vnc);
        SdlSettings s = g.sdl();
        Map<String, Object> sdl = new LinkedHashMap<>();
        put(sdl, "enabled", s.enabled());
        put(sdl, "opengl", s.opengl());
        put(sdl, "display", s.display());
        put(sdl, "xauthority", s.xauthority());
        putNonEmpty(out, "sdl", sdl);
        put(out, "keymap", g.keymap());
        put(out, "vga", g.vga().map(VgaKind::xlName));
        put(out, "videoram_mib", g.videoramMib());
        put(out, "nographic", g.nographic());
        return out;
    }

    private static Map<String, Object> emulated(EmulatedDevices e) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "serial", e.serial().map(StringOrList::plain));
        out.put("boot", e.effectiveBoot());
        put(out, "usb", e.usb());
        put(out, "usbversion", e.usbVersion());
        put(out, "usbdevice", e.usbDevice().map(StringOrList::plain));
        put(out, "soundhw", e.soundhw());
        return out;
    }

    private static Map<String, Object> viridian(Viridian v) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "enabled", v.enabled());
        if (!v.enlightenments().isEmpty()) {
            out.put("enlightenments", v.enlightenments());
        }
        return out;
    }

    private static Map<String, Object> grants(GrantLimits g) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "max_grant_frames", g.maxGrantFrames());
        put(out, "max_maptrack_frames", g.maxMaptrackFrames());
        put(out, "max_grant_version", g.maxGrantVersion());
        return out;
    }

    private static Map<String, Object> deviceModel(DeviceModel d) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "version", d.version().map(DeviceModelVersion::xlName));
        put(out, "override", d.override());
        put(out, "stubdomain", d.stubdomain());
        return out;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(k1, v1);
        out.put(k2, v2);
        return out;
    }

    private static void put(Map<String, Object> out, String key, Optional<?> value) {
        value.ifPresent(v -> out.put(key, v));
    }

    private static void put(Map<String, Object> out, String key, OptionalLong value) {
        value.ifPresent(v -> out.put(key, v));
    }

    private static void putNonEmpty(Map<String, Object> out, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            out.put(key, value);
        }
    }
}
