package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import xsh.cfg.disk.DiskSpecException;
import xsh.cfg.disk.DiskSpecParser;

/**
 * One {@code libxl_device_disk} back as an xl disk specification. xl's disk lexer has many
 * ways to read a target (a flag word, a {@code prefix:}, blanks and newlines), so the spec is
 * not trusted to be right: candidate forms are read back with xl's own rules and the first
 * that gives the same disk wins. The common case reads as people write it,
 * {@code /dev/vg/web,raw,xvda,rw}; then keywords with {@code target=} last, which takes the
 * rest of the spec, commas included; then keywords with the target behind a no-op
 * {@code file:} prefix. A keyword value ends at the next comma, so a value holding one cannot
 * be written; it is named in a note instead.
 */
final class DiskSpecText {

    private static final Set<String> FORMATS = Set.of("raw", "qcow", "qcow2", "vhd", "qed", "empty");
    private static final Set<String> BACKEND_TYPES = Set.of("phy", "tap", "qdisk", "standalone");
    private static final Set<String> SPECIFICATIONS = Set.of("xen", "virtio");
    private static final List<String> STRING_FIELDS = List.of("backend_domname", "pdev_path", "vdev", "script",
            "colo_host", "colo_export", "active_disk", "hidden_disk");

    private final LibxlObject disk;
    private final Consumer<String> notes;
    private final String label;
    /** libxl fields named in a note as not carried, so the read-back check does not count them. */
    private final Set<String> dropped = new TreeSet<>();

    private DiskSpecText(LibxlObject disk, String label, Consumer<String> notes) {
        this.disk = disk;
        this.label = label;
        this.notes = notes;
    }

    /**
     * @param label  how notes name the disk, e.g. {@code disk 0}
     * @param notes  receives what the spec cannot carry
     * @return the spec, or empty when xl would refuse every form of it (which would stop the whole config)
     */
    static Optional<String> of(LibxlObject disk, String label, Consumer<String> notes) {
        return new DiskSpecText(disk, label, notes).build();
    }

    private Optional<String> build() {
        Optional<String> vdev = disk.string("vdev");
        if (vdev.isEmpty() || vdev.get().contains(",")) {
            notes.accept(label + " not carried: its vdev cannot be written in a disk spec");
            return Optional.empty();
        }
        String options = options();
        Map<String, Object> wanted = wanted();
        String refusal = null;
        String readable = null;
        Map<String, Object> readBack = null;
        List<String> forms = forms(vdev.get(), options);
        for (String spec : forms) {
            try {
                Map<String, Object> got = comparable(DiskSpecParser.parse(spec).toLibxl());
                if (got.equals(wanted)) {
                    return Optional.of(spec);
                }
                if (readable == null) {
                    readable = spec;
                    readBack = got;
                }
            } catch (DiskSpecException refused) {
                refusal = refusal == null ? refused.reason() : refusal;
            }
        }
        if (readable != null) {
            notes.accept(label + ": xl reads `" + readable + "` back with other " + differences(wanted, readBack));
            return Optional.of(readable);
        }
        notes.accept(label + " not carried: xl would refuse `" + forms.get(0) + "` (" + refusal + ")");
        return Optional.empty();
    }

    /** The spec's forms, most readable first. */
    private List<String> forms(String vdev, String options) {
        Optional<String> target = disk.string("pdev_path");
        Optional<String> format = disk.string("format").filter(FORMATS::contains);
        String access = disk.flag("readwrite") ? "rw" : "ro";
        String keywords = format.map(f -> "format=" + f + ",").orElse("") + "vdev=" + vdev + ",access=" + access
                + options;
        List<String> forms = new ArrayList<>();
        if (target.isEmpty()) {
            forms.add(keywords);
            return forms;
        }
        String path = target.get();
        // an empty target reads better as target= than as a leading comma
        if (!path.contains(",") && !path.isEmpty()) {
            forms.add(path + "," + format.orElse("") + "," + vdev + "," + access + options);
        }
        forms.add(keywords + ",target=" + path);
        if (!path.contains(",")) {
            forms.add(keywords + ",file:" + path);
        }
        return forms;
    }

    /** Everything but target, format, vdev and access: each parameter with a leading comma. */
    private String options() {
        List<String> params = new ArrayList<>();
        if (disk.flag("is_cdrom")) {
            params.add("devtype=cdrom");
        } else if (disk.flag("removable")) {
            notes.accept(label + ": removable without cdrom not carried");
            dropped.add("removable");
        }
        keyword(params, "backend", "backend_domname", disk.string("backend_domname"));
        keyword(params, "backendtype", "backend", disk.string("backend").filter(BACKEND_TYPES::contains));
        keyword(params, "script", "script", disk.string("script"));
        if (disk.flag("direct_io_safe")) {
            params.add("direct-io-safe");
        }
        disk.defbool("discard_enable").ifPresent(on -> params.add(on ? "discard" : "no-discard"));
        keyword(params, "specification", "specification",
                disk.string("specification").filter(SPECIFICATIONS::contains));
        disk.defbool("colo_enable").ifPresent(on -> params.add(on ? "colo" : "no-colo"));
        keyword(params, "colo-host", "colo_host", disk.string("colo_host"));
        disk.integer("colo_port").ifPresent(port -> {
            if (port != 0) {
                params.add("colo-port=" + port);
            }
        });
        keyword(params, "colo-export", "colo_export", disk.string("colo_export"));
        keyword(params, "active-disk", "active_disk", disk.string("active_disk"));
        keyword(params, "hidden-disk", "hidden_disk", disk.string("hidden_disk"));
        StringBuilder out = new StringBuilder();
        params.forEach(p -> out.append(',').append(p));
        return out.toString();
    }

    private void keyword(List<String> params, String name, String field, Optional<String> value) {
        value.ifPresent(v -> {
            if (v.contains(",")) {
                notes.accept(label + ": " + name + " not carried (a comma cannot be written in a disk spec)");
                dropped.add(field);
            } else {
                params.add(name + "=" + v);
            }
        });
    }

    /** The disk as the spec parser's JSON would show it, from what libxl holds. */
    private Map<String, Object> wanted() {
        Map<String, Object> wanted = new LinkedHashMap<>();
        for (String field : STRING_FIELDS) {
            disk.string(field).ifPresent(v -> wanted.put(field, v));
        }
        disk.string("backend").filter(BACKEND_TYPES::contains).ifPresent(v -> wanted.put("backend", v));
        disk.string("format").filter(FORMATS::contains).ifPresent(v -> wanted.put("format", v));
        disk.string("specification").filter(SPECIFICATIONS::contains).ifPresent(v -> wanted.put("specification", v));
        for (String flag : List.of("removable", "readwrite", "is_cdrom")) {
            if (disk.flag(flag)) {
                wanted.put(flag, 1);
            }
        }
        if (disk.flag("direct_io_safe")) {
            wanted.put("direct_io_safe", Boolean.TRUE);
        }
        disk.defbool("discard_enable").ifPresent(on -> wanted.put("discard_enable", on ? "True" : "False"));
        disk.defbool("colo_enable").ifPresent(on -> wanted.put("colo_enable", on ? "True" : "False"));
        disk.integer("colo_port").ifPresent(port -> {
            if (port != 0) {
                wanted.put("colo_port", (int) port);
            }
        });
        return comparable(wanted);
    }

    /** Leaves out what was noted as not carried, and the format when libxl's is not one xl names. */
    private Map<String, Object> comparable(Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>(fields);
        dropped.forEach(out::remove);
        if (disk.string("format").filter(FORMATS::contains).isEmpty()) {
            out.remove("format");
        }
        return out;
    }

    private static String differences(Map<String, Object> wanted, Map<String, Object> got) {
        Set<String> keys = new TreeSet<>(wanted.keySet());
        keys.addAll(got.keySet());
        keys.removeIf(k -> Objects.equals(wanted.get(k), got.get(k)));
        return String.join(", ", keys);
    }
}
