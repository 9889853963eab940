package xsh.cfg.vif;

/** The vif {@code type=}: libxl's {@code nic_type}, named as its JSON shows it. */
public enum NicType {
    /** {@code type=ioemu}: an emulated NIC plus the PV one (HVM guests). */
    VIF_IOEMU("vif_ioemu"),
    /** {@code type=vif}: PV only. */
    VIF("vif");

    private final String libxlName;

    NicType(String libxlName) {
        this.libxlName = libxlName;
    }

    public String libxlName() {
        return libxlName;
    }
}
