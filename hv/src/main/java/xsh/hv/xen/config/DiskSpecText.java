package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One {@code libxl_device_disk} back as an xl disk specification. The common case reads as
 * people write it, {@code /dev/vg/web,raw,xvda,rw}; a target that could be taken for
 * something else (no leading {@code /}, a comma, a {@code prefix:}) goes into {@code target=}
 * at the end, which takes the rest of the spec whatever it holds. A keyword value ends at
 * the next comma, so a value holding one cannot be written; it is named in a note instead.
 */
final class DiskSpecText {

    private static final Set<String> FORMATS = Set.of("raw", "qcow", "qcow2", "vhd", "qed", "empty");
    private static final Set<String> BACKEND_TYPES = Set.of("phy", "tap", "qdisk", "standalone");
    private static final Set<String> SPECIFICATIONS = Set.of("xen", "virtio");
    private static final Set<String> FLAG_WORDS = Set.of("cdrom", "direct-io-safe", "discard", "no-discard",
            "colo", "no-colo", "trusted", "untrusted");

    private final LibxlObject disk;
    private final Consumer<String> notes;
    private final String label;
    private final List<String> params = new ArrayList<>();

    private DiskSpecText(LibxlObject disk, String label, Consumer<String> notes) {
        this.disk = disk;
        this.label = label;
        this.notes = notes;
    }

    /**
     * @param label  how notes name the disk, e.g. {@code disk 0}
     * @param notes  receives what the spec cannot carry
     * @return the spec, or empty when the disk has no vdev (xl refuses a spec without one)
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
        Optional<String> target = disk.string("pdev_path");
        Optional<String> format = disk.string("format").filter(FORMATS::contains);
        String access = disk.flag("readwrite") ? "rw" : "ro";
        boolean positional = target.isPresent() && plainPath(target.get()) && plainWord(vdev.get());
        if (positional) {
            params.add(target.get());
            params.add(format.orElse(""));
            params.add(vdev.get());
            params.add(access);
        } else {
            format.ifPresent(f -> params.add("format=" + f));
            params.add("vdev=" + vdev.get());
            params.add("access=" + access);
        }
        if (disk.flag("is_cdrom")) {
            params.add("devtype=cdrom");
        } else if (disk.flag("removable")) {
            notes.accept(label + ": removable without cdrom not carried");
        }
        keyword("backend", disk.string("backend_domname"));
        keyword("backendtype", disk.string("backend").filter(BACKEND_TYPES::contains));
        keyword("script", disk.string("script"));
        if (disk.flag("direct_io_safe")) {
            params.add("direct-io-safe");
        }
        disk.defbool("discard_enable").ifPresent(on -> params.add(on ? "discard" : "no-discard"));
        keyword("specification", disk.string("specification").filter(SPECIFICATIONS::contains));
        disk.defbool("colo_enable").ifPresent(on -> params.add(on ? "colo" : "no-colo"));
        keyword("colo-host", disk.string("colo_host"));
        disk.count("colo_port").ifPresent(port -> {
            if (port != 0) {
                params.add("colo-port=" + port);
            }
        });
        keyword("colo-export", disk.string("colo_export"));
        keyword("active-disk", disk.string("active_disk"));
        keyword("hidden-disk", disk.string("hidden_disk"));
        if (!positional) {
            // target= takes everything after it, commas included, so it comes last
            target.ifPresent(t -> params.add("target=" + t));
        }
        return Optional.of(String.join(",", params));
    }

    private void keyword(String name, Optional<String> value) {
        value.ifPresent(v -> {
            if (v.contains(",")) {
                notes.accept(label + ": " + name + " not carried (a comma cannot be written in a disk spec)");
            } else {
                params.add(name + "=" + v);
            }
        });
    }

    /** A target the positional form reads back unchanged: an absolute path without commas. */
    private static boolean plainPath(String target) {
        return target.startsWith("/") && !target.contains(",");
    }

    /** A vdev the positional form reads back unchanged. */
    private static boolean plainWord(String vdev) {
        return !vdev.isEmpty() && vdev.matches("[^,:=\\s]+") && !FLAG_WORDS.contains(vdev);
    }
}
