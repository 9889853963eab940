package xsh.cfg.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The on/off keys xl reads as libxl "defbools": a number, non-zero meaning on (so
 * {@code vnc="yes"} is a type warning, not "on"). Each lists the guest types xl reads it
 * for; for other types xl never looks at the key. Absent flags keep libxl's default.
 */
public enum DomainFlag {
    HAP("hap", Scope.ALL),
    OOS("oos", Scope.ALL),
    E820_HOST("e820_host", Scope.PV_ONLY),
    NOMIGRATE("nomigrate", Scope.ALL),
    LOCALTIME("localtime", Scope.ALL),
    DRIVER_DOMAIN("driver_domain", Scope.ALL),
    ACPI("acpi", Scope.ALL),
    NESTEDHVM("nestedhvm", Scope.ALL),
    PAE("pae", Scope.HVM_ONLY),
    ACPI_S3("acpi_s3", Scope.HVM_ONLY),
    ACPI_S4("acpi_s4", Scope.HVM_ONLY),
    ACPI_LAPTOP_SLATE("acpi_laptop_slate", Scope.HVM_ONLY),
    NX("nx", Scope.HVM_ONLY),
    HPET("hpet", Scope.HVM_ONLY),
    VPT_ALIGN("vpt_align", Scope.HVM_ONLY),
    APIC("apic", Scope.HVM_ONLY),
    DM_RESTRICT("dm_restrict", Scope.ALL),
    VKB_DEVICE("vkb_device", Scope.HVM_ONLY),
    XEN_PLATFORM_PCI("xen_platform_pci", Scope.HVM_ONLY),
    XEND_SUSPEND_EVTCHN_COMPAT("xend_suspend_evtchn_compat", Scope.ALL),
    MSR_RELAXED("msr_relaxed", Scope.ALL),
    VPMU("vpmu", Scope.ALL);

    /** Which guest types xl reads a flag for. */
    public enum Scope {
        ALL(EnumSet.allOf(DomainType.class)),
        HVM_ONLY(EnumSet.of(DomainType.HVM)),
        PV_ONLY(EnumSet.of(DomainType.PV));

        private final Set<DomainType> types;

        Scope(Set<DomainType> types) {
            this.types = types;
        }

        public boolean includes(DomainType type) {
            return types.contains(type);
        }
    }

    private final String key;
    private final Scope scope;

    DomainFlag(String key, Scope scope) {
        this.key = key;
        this.scope = scope;
    }

    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }

    public boolean appliesTo(DomainType type) {
        return scope.includes(type);
    }
}
