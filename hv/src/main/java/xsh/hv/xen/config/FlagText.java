package xsh.hv.xen.config;

import java.util.List;
import java.util.Optional;
import xsh.cfg.domain.DomainFlag;
import xsh.cfg.domain.DomainType;

/**
 * The defbools of libxl's JSON that are xl.cfg on/off keys, by where libxl keeps them. A
 * flag is written only for the guest types xl reads it for, so a value libxl filled in for
 * another type does not become a key xl would ignore.
 */
final class FlagText {

    /** Where a flag lives in libxl's JSON. */
    enum Place { C_INFO, B_INFO, ARCH_X86, PV, HVM }

    private record Flag(Place place, String field, DomainFlag flag) {
    }

    private static final List<Flag> FLAGS = List.of(
            new Flag(Place.C_INFO, "hap", DomainFlag.HAP),
            new Flag(Place.C_INFO, "oos", DomainFlag.OOS),
            new Flag(Place.C_INFO, "driver_domain", DomainFlag.DRIVER_DOMAIN),
            new Flag(Place.C_INFO, "xend_suspend_evtchn_compat", DomainFlag.XEND_SUSPEND_EVTCHN_COMPAT),
            new Flag(Place.B_INFO, "localtime", DomainFlag.LOCALTIME),
            new Flag(Place.B_INFO, "disable_migrate", DomainFlag.NOMIGRATE),
            new Flag(Place.B_INFO, "acpi", DomainFlag.ACPI),
            new Flag(Place.B_INFO, "nested_hvm", DomainFlag.NESTEDHVM),
            new Flag(Place.B_INFO, "apic", DomainFlag.APIC),
            new Flag(Place.B_INFO, "dm_restrict", DomainFlag.DM_RESTRICT),
            new Flag(Place.B_INFO, "vpmu", DomainFlag.VPMU),
            new Flag(Place.ARCH_X86, "msr_relaxed", DomainFlag.MSR_RELAXED),
            new Flag(Place.PV, "e820_host", DomainFlag.E820_HOST),
            new Flag(Place.HVM, "pae", DomainFlag.PAE),
            new Flag(Place.HVM, "acpi_s3", DomainFlag.ACPI_S3),
            new Flag(Place.HVM, "acpi_s4", DomainFlag.ACPI_S4),
            new Flag(Place.HVM, "acpi_laptop_slate", DomainFlag.ACPI_LAPTOP_SLATE),
            new Flag(Place.HVM, "nx", DomainFlag.NX),
            new Flag(Place.HVM, "hpet", DomainFlag.HPET),
            new Flag(Place.HVM, "vpt_align", DomainFlag.VPT_ALIGN),
            new Flag(Place.HVM, "vkb_device", DomainFlag.VKB_DEVICE),
            new Flag(Place.HVM, "xen_platform_pci", DomainFlag.XEN_PLATFORM_PCI));

    private FlagText() {
    }

    /**
     * Writes the flags kept in {@code place}. The b_info flags acpi, apic and nested_hvm lived
     * in the HVM member before libxl 4.10; they are looked up there when b_info lacks them.
     */
    static void write(Place place, LibxlObject object, LibxlObject hvm, DomainType type, XlCfgText out) {
        for (Flag f : FLAGS) {
            if (f.place() != place || !f.flag().appliesTo(type)) {
                continue;
            }
            Optional<Boolean> value = object.defbool(f.field());
            if (value.isEmpty() && place == Place.B_INFO) {
                value = hvm.defbool(f.field());
            }
            if (f.flag() == DomainFlag.MSR_RELAXED && value.equals(Optional.of(false))) {
                // off is libxl's default, and xl warns about the key whatever its value
                continue;
            }
            value.ifPresent(on -> out.flag(f.flag().key(), on));
        }
    }
}
