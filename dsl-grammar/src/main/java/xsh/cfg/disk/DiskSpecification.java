package xsh.cfg.disk;

import java.util.Locale;

/**
 * The protocol the guest sees the disk through ({@code specification=}), libxl's
 * {@code libxl_disk_specification} without UNKNOWN. Not to be confused with {@link DiskSpec},
 * the whole disk specification string; the name is libxl's.
 */
public enum DiskSpecification {
    XEN, VIRTIO;

    /** The name xl accepts in a disk spec and libxl prints in JSON. */
    public String xlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The specification named {@code text}, or null when xl does not know it. */
    static DiskSpecification fromXl(String text) {
        for (DiskSpecification spec : values()) {
            if (spec.xlName().equals(text)) {
                return spec;
            }
        }
        return null;
    }
}
