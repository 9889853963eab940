package xsh.cfg.disk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One disk as an xl disk specification describes it: the fields of libxl's
 * {@code libxl_device_disk} that the spec can set, after xl's own post-processing (a cdrom is
 * removable and read-only, a cdrom without a target has format {@code empty}).
 *
 * <p>Strings are null when the spec did not give them, which libxl treats differently from an
 * empty string: an empty {@code target} is an empty cdrom drive and is printed as
 * {@code "pdev_path": ""}, a missing one is not printed at all.
 *
 * @param target         the target, libxl's {@code pdev_path}: a path, or whatever the script
 *                       understands; null when not given (only possible for a cdrom)
 * @param format         the image format; never null (raw unless given, empty for a cdrom
 *                       without target)
 * @param vdev           the device name the guest sees; never null, but may be empty
 *                       ({@code vdev=} is accepted by xl)
 * @param readwrite      false for read-only access, always false for a cdrom
 * @param cdrom          the device is a cdrom drive (libxl's {@code is_cdrom})
 * @param removable      the medium can be changed; xl sets it for every cdrom
 * @param backendDomain  the driver domain's name ({@code backend=}), libxl's
 *                       {@code backend_domname}; null for domain 0
 * @param backendType    the backend implementation ({@code backendtype=}); null lets libxl
 *                       choose
 * @param script         the hotplug script ({@code script=} or a prefix like {@code iscsi:});
 *                       null for none
 * @param specification  the protocol ({@code specification=}); null leaves libxl's default,
 *                       xen
 * @param directIoSafe   the {@code direct-io-safe} flag
 * @param discard        {@code discard} / {@code no-discard}, libxl's {@code discard_enable}
 * @param colo           {@code colo} / {@code no-colo}, libxl's {@code colo_enable}
 * @param coloHost       {@code colo-host=}, null when not given
 * @param coloPort       {@code colo-port=}; 0 when not given (xl refuses to set 0)
 * @param coloExport     {@code colo-export=}, null when not given
 * @param activeDisk     {@code active-disk=}, null when not given
 * @param hiddenDisk     {@code hidden-disk=}, null when not given
 */
public record DiskSpec(
        String target,
        DiskFormat format,
        String vdev,
        boolean readwrite,
        boolean cdrom,
        boolean removable,
        String backendDomain,
        DiskBackendType backendType,
        String script,
        DiskSpecification specification,
        boolean directIoSafe,
        Defbool discard,
        Defbool colo,
        String coloHost,
        int coloPort,
        String coloExport,
        String activeDisk,
        String hiddenDisk) {

    public DiskSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(vdev, "vdev");
        Objects.requireNonNull(discard, "discard");
        Objects.requireNonNull(colo, "colo");
    }

    /**
     * The disk as libxl's JSON shows it ({@code xl -N block-attach}, the {@code disks} of
     * {@code xl -N create} and {@code xl list -l}): libxl's field names in libxl's order, and
     * only the fields that differ from libxl's default, as libxl's JSON generator omits those.
     * Values are plain Java for a JSON writer: enums as lower-case strings, libxl integers as
     * Integer, bools as Boolean, defbools as the strings "True" / "False".
     */
    public Map<String, Object> toLibxl() {
        Map<String, Object> json = new LinkedHashMap<>();
        // backend_domid comes first in libxl but a spec never sets it, and 0 is omitted
        putIfPresent(json, "backend_domname", backendDomain);
        putIfPresent(json, "pdev_path", target);
        putIfPresent(json, "vdev", vdev);
        if (backendType != null) {
            json.put("backend", backendType.xlName());
        }
        json.put("format", format.xlName());
        putIfPresent(json, "script", script);
        putIfSet(json, "removable", removable);
        putIfSet(json, "readwrite", readwrite);
        putIfSet(json, "is_cdrom", cdrom);
        if (directIoSafe) {
            json.put("direct_io_safe", Boolean.TRUE);
        }
        putIfSet(json, "discard_enable", discard);
        if (specification != null) {
            json.put("specification", specification.xlName());
        }
        // transport, irq and base are libxl's own business: a spec cannot set them
        putIfSet(json, "colo_enable", colo);
        // colo_restore_enable is set by the COLO machinery, never by a spec
        putIfPresent(json, "colo_host", coloHost);
        if (coloPort != 0) {
            json.put("colo_port", coloPort);
        }
        putIfPresent(json, "colo_export", coloExport);
        putIfPresent(json, "active_disk", activeDisk);
        putIfPresent(json, "hidden_disk", hiddenDisk);
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    /** libxl keeps these flags as C ints and prints them as 1 when set. */
    private static void putIfSet(Map<String, Object> json, String key, boolean flag) {
        if (flag) {
            json.put(key, 1);
        }
    }

    private static void putIfSet(Map<String, Object> json, String key, Defbool value) {
        if (!value.isDefault()) {
            json.put(key, value.libxlJson());
        }
    }
}
