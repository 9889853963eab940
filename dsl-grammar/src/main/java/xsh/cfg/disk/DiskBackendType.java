package xsh.cfg.disk;

import java.util.Locale;

/**
 * Which backend implementation serves the disk ({@code backendtype=}), libxl's
 * {@code libxl_disk_backend} without UNKNOWN; a spec that does not name one lets libxl choose.
 */
public enum DiskBackendType {
    PHY, TAP, QDISK, STANDALONE;

    /** The name xl accepts in a disk spec and libxl prints in JSON. */
    public String xlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The backend type named {@code text}, or null when xl does not know it. */
    static DiskBackendType fromXl(String text) {
        for (DiskBackendType type : values()) {
            if (type.xlName().equals(text)) {
                return type;
            }
        }
        return null;
    }
}
