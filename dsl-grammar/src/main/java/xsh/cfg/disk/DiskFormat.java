package xsh.cfg.disk;

import java.util.Locale;

/** The image format of a disk's target, libxl's {@code libxl_disk_format} without UNKNOWN. */
public enum DiskFormat {
    RAW, QCOW, QCOW2, VHD, QED, EMPTY;

    /** The name xl accepts in a disk spec and libxl prints in JSON. */
    public String xlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code text} in a disk spec, or null when xl does not know it. An
     * empty value means raw: the disk syntax lets any parameter be given empty to mean its
     * default.
     */
    static DiskFormat fromXl(String text) {
        if (text.isEmpty()) {
            return RAW;
        }
        for (DiskFormat format : values()) {
            if (format.xlName().equals(text)) {
                return format;
            }
        }
        return null;
    }
}
