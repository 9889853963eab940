package xsh.cfg.domain;

import java.util.Optional;

/** An HVM guest's emulated graphics card: xl.cfg {@code vga=} (exact spelling) or {@code stdvga=}. */
public enum VgaKind implements XlSpelling.Spelt {
    STD("stdvga", "std"),
    CIRRUS("cirrus", "cirrus"),
    NONE("none", "none"),
    QXL("qxl", "qxl");

    private final XlSpelling spelling;

    VgaKind(String xlName, String libxlName) {
        this.spelling = new XlSpelling(xlName, libxlName);
    }

    @Override
    public XlSpelling spelling() {
        return spelling;
    }

    public static Optional<VgaKind> fromXlName(String value) {
        return XlSpelling.byXlName(VgaKind.class, value);
    }
}
