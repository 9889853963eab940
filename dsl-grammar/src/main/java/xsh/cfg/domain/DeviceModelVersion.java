package xsh.cfg.domain;

import java.util.Arrays;
import java.util.Optional;

/** Which QEMU serves an HVM guest's emulated devices; xl accepts the two exact spellings. */
public enum DeviceModelVersion {
    QEMU_XEN_TRADITIONAL("qemu-xen-traditional", "qemu_xen_traditional"),
    QEMU_XEN("qemu-xen", "qemu_xen");

    private final String xlName;
    private final String libxlName;

    DeviceModelVersion(String xlName, String libxlName) {
        this.xlName = xlName;
        this.libxlName = libxlName;
    }

    public String xlName() {
        return xlName;
    }

    public String libxlName() {
        return libxlName;
    }

    public static Optional<DeviceModelVersion> fromXlName(String value) {
        return Arrays.stream(values()).filter(v -> v.xlName.equals(value)).findFirst();
    }
}
