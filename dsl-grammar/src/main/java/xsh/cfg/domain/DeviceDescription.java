package xsh.cfg.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import xsh.cfg.disk.Defbool;
import xsh.cfg.disk.DiskSpec;
import xsh.cfg.vif.NicType;
import xsh.cfg.vif.VifSpec;

/**
 * Disks and vifs in xsh's typed view: the vocabulary of xl's disk and vif specs (access
 * {@code rw}/{@code ro}, devtype, vif type {@code ioemu}) rather than libxl's field names.
 */
final class DeviceDescription {

    private DeviceDescription() {
    }

    static Map<String, Object> disk(DiskSpec d) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (d.target() != null) {
            out.put("target", d.target());
        }
        out.put("format", d.format().xlName());
        out.put("vdev", d.vdev());
        out.put("access", d.readwrite() ? "rw" : "ro");
        out.put("devtype", d.cdrom() ? "cdrom" : "disk");
        out.put("removable", d.removable());
        putIfSet(out, "backend", d.backendDomain());
        if (d.backendType() != null) {
            out.put("backendtype", d.backendType().xlName());
        }
        putIfSet(out, "script", d.script());
        if (d.specification() != null) {
            out.put("specification", d.specification().xlName());
        }
        if (d.directIoSafe()) {
            out.put("direct_io_safe", true);
        }
        if (!d.discard().isDefault()) {
            out.put("discard", d.discard() == Defbool.TRUE);
        }
        if (!d.colo().isDefault()) {
            out.put("colo", d.colo() == Defbool.TRUE);
        }
        putIfSet(out, "colo_host", d.coloHost());
        if (d.coloPort() != 0) {
            out.put("colo_port", d.coloPort());
        }
        putIfSet(out, "colo_export", d.coloExport());
        putIfSet(out, "active_disk", d.activeDisk());
        putIfSet(out, "hidden_disk", d.hiddenDisk());
        return out;
    }

    static Map<String, Object> vif(VifSpec v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("devid", v.devid());
        v.mac().ifPresent(mac -> out.put("mac", mac.toString()));
        v.bridge().ifPresent(x -> out.put("bridge", x));
        v.type().ifPresent(t -> out.put("type", t == NicType.VIF_IOEMU ? "ioemu" : "vif"));
        v.model().ifPresent(x -> out.put("model", x));
        v.script().ifPresent(x -> out.put("script", x));
        v.ip().ifPresent(x -> out.put("ip", x));
        v.gatewaydev().ifPresent(x -> out.put("gatewaydev", x));
        v.backend().ifPresent(x -> out.put("backend", x));
        v.vifname().ifPresent(x -> out.put("vifname", x));
        v.rate().ifPresent(rate -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("bytes_per_interval", rate.bytesPerInterval());
            r.put("interval_usecs", rate.intervalUsecs());
            out.put("rate", r);
        });
        if (v.mtu() != 0) {
            out.put("mtu", v.mtu());
        }
        v.trusted().ifPresent(x -> out.put("trusted", x));
        if (!v.colo().isEmpty()) {
            out.put("colo", new LinkedHashMap<String, Object>(v.colo()));
        }
        return out;
    }

    private static void putIfSet(Map<String, Object> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
