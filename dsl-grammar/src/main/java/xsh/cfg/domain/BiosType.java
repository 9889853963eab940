package xsh.cfg.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * An HVM guest's firmware, as libxl names it. libxl reads the names without regard to case.
 * Absent means libxl's choice: SeaBIOS with qemu-xen, ROMBIOS with qemu-xen-traditional.
 */
public enum BiosType {
    ROMBIOS("rombios"),
    SEABIOS("seabios"),
    OVMF("ovmf");

    private final String libxlName;

    BiosType(String libxlName) {
        this.libxlName = libxlName;
    }

    public String libxlName() {
        return libxlName;
    }

    /** libxl's {@code libxl_bios_type_from_string}, without its {@code unknown} placeholder. */
    public static Optional<BiosType> fromLibxlName(String value) {
        return Arrays.stream(values()).filter(b -> b.libxlName.equalsIgnoreCase(value)).findFirst();
    }

    /** True for the placeholder libxl also accepts: it means "not chosen". */
    static boolean isUnknownPlaceholder(String value) {
        return "unknown".equalsIgnoreCase(value);
    }
}
