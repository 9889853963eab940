package xsh.cfg.domain;

import java.util.Arrays;
import java.util.Optional;

/** An HVM guest's emulated graphics card: xl.cfg {@code vga=} (exact spelling) or {@code stdvga=}. */
public enum VgaKind {
    STD("stdvga", "std"),
    CIRRUS("cirrus", "cirrus"),
    NONE("none", "none"),
    QXL("qxl", "qxl");

    private final String xlName;
    private final String libxlName;

    VgaKind(String xlName, String libxlName) {
        this.xlName = xlName;
        this.libxlName = libxlName;
    }

    public String xlName() {
        return xlName;
    }

    public String libxlName() {
        return libxlName;
    }

    public static Optional<VgaKind> fromXlName(String value) {
        return Arrays.stream(values()).filter(v -> v.xlName.equals(value)).findFirst();
    }
}
