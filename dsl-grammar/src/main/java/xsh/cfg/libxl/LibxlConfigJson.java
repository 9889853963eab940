package xsh.cfg.libxl;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import xsh.cfg.disk.DiskSpec;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.LifecycleAction;
import xsh.cfg.domain.ShutdownEvent;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.cfg.vif.VifSpec;

/**
 * The {@code libxl_domain_config} that Xen 4.17's {@code xl -N create} prints for a
 * config: what xl's parser hands to libxl, before libxl fills in its defaults, with every
 * field still at its initial value left out, in libxl's field order.
 * {@link #render} gives xl's bytes exactly (yajl's layout, then a newline).
 *
 * <p>Emulated: c_info, b_info (counts, affinity maps, memory, labels, grant limits, device
 * model, scheduler parameters, xl.conf's claim mode, kernel and bootloader, the PV, PVH and
 * HVM unions with the keys {@link DomainConfig} types), disks, nics, vfbs/vkbs and the
 * {@code on_*} actions that differ from destroy.
 *
 * <p>Not emulated, because xsh does not model the keys behind them: {@code pcidevs} (PCI
 * spec strings are not parsed), rdms, dtdevs, vtpms, p9s, pvcallsifs, vdispls, vsnds,
 * channels, usbctrls, usbdevs, cpuid, vnuma, ioports/irqs/iomem, tsc_mode, timer_mode,
 * altp2m, spice and rdm contents. A config using them prints fewer fields here than in xl.
 * xl 4.17 also writes top-level vnc/sdl keys of a PVH guest, and of a PV guest with a
 * {@code vfb=} list, into the HVM member of b_info's union, which overlaps the PV/PVH
 * member; xsh does not reproduce that accident.
 */
public final class LibxlConfigJson {

    private LibxlConfigJson() {
    }

    /** The config with a random UUID when the file gives none, as xl makes one. */
    public static Map<String, Object> of(DomainConfig config, HostFacts host) {
        return of(config, host, UUID::randomUUID);
    }

    /** @param uuids where a UUID comes from when the file gives none (fixed in tests) */
    public static Map<String, Object> of(DomainConfig config, HostFacts host, Supplier<UUID> uuids) {
        LibxlJson json = new LibxlJson()
                .object("c_info", CreateInfoJson.of(config, host.xlGlobals(), uuids))
                .object("b_info", BuildInfoJson.of(config, host));
        array(json, "disks", config.disks().stream().map(DiskSpec::toLibxl).toList());
        array(json, "nics", config.vifs().stream().map(VifSpec::toLibxl).toList());
        FramebufferJson.Framebuffers framebuffers = FramebufferJson.of(config);
        array(json, "vfbs", framebuffers.vfbs());
        array(json, "vkbs", framebuffers.vkbs());
        for (ShutdownEvent event : ShutdownEvent.values()) {
            LifecycleAction action = config.lifecycle().action(event);
            if (action != LifecycleAction.DESTROY) {
                json.raw(event.key(), action.libxlName());
            }
        }
        return json.map();
    }

    /** What {@code xl -N create} prints on stdout, byte for byte. */
    public static String render(DomainConfig config, HostFacts host, Supplier<UUID> uuids) {
        return JsonWriter.write(of(config, host, uuids), JsonStyle.LIBXL) + "\n";
    }

    /** libxl writes an array only when it has elements. */
    private static void array(LibxlJson json, String key, List<Map<String, Object>> items) {
        if (!items.isEmpty()) {
            json.raw(key, items);
        }
    }
}
