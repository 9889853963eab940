package xsh.cfg.domain;

import java.util.Optional;

/** Which QEMU serves an HVM guest's emulated devices; xl accepts the two exact spellings. */
public enum DeviceModelVersion implements XlSpelling.Spelt {
    QEMU_XEN_TRADITIONAL("qemu-xen-traditional", "qemu_xen_traditional"),
    QEMU_XEN("qemu-xen", "qemu_xen");

    private final XlSpelling spelling;

    DeviceModelVersion(String xlName, String libxlName) {
        this.spelling = new XlSpelling(xlName, libxlName);
    }

    @Override
    public XlSpelling spelling() {
        return spelling;
    }

    public static Optional<DeviceModelVersion> fromXlName(String value) {
        return XlSpelling.byXlName(DeviceModelVersion.class, value);
    }
}
