package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * One {@code libxl_device_pci} back as a PCI_SPEC_STRING, {@code DDDD:BB:DD.F[@VSLOT][,key=value...]}
 * (or {@code name=} for a device libxl knows only by its assignable name). Every function of
 * the slot is {@code .*}. A flag is written only when on: off is what xl starts each device
 * from when the config sets no {@code pci_*} default.
 */
final class PciSpecText {

    /** libxl's vfunc_mask for {@code .*}: every function of the slot. */
    private static final long ALL_FUNCTIONS = 0xffff_ffffL;
    private static final List<String> FLAGS = List.of("permissive", "msitranslate", "seize", "power_mgmt");

    private PciSpecText() {
    }

    /** @return the spec, or empty when the device has neither an address nor a name */
    static Optional<String> of(LibxlObject pci, String label, Consumer<String> notes) {
        List<String> parts = new ArrayList<>();
        Optional<String> name = pci.string("name");
        OptionalLong domain = pci.count("domain");
        OptionalLong bus = pci.count("bus");
        OptionalLong dev = pci.count("dev");
        OptionalLong func = pci.count("func");
        boolean hasAddress = domain.orElse(0) != 0 || bus.orElse(0) != 0 || dev.orElse(0) != 0 || func.orElse(0) != 0
                || name.isEmpty();
        if (hasAddress) {
            boolean allFunctions = pci.count("vfunc_mask").orElse(0) == ALL_FUNCTIONS;
            String address = String.format("%04x:%02x:%02x.%s", domain.orElse(0), bus.orElse(0), dev.orElse(0),
                    allFunctions ? "*" : Long.toHexString(func.orElse(0)));
            long vdevfn = pci.count("vdevfn").orElse(0);
            parts.add(vdevfn != 0 ? address + "@" + String.format("%02x", vdevfn >> 3) : address);
        } else if (name.get().contains(",")) {
            notes.accept(label + " not carried: its name cannot be written in a PCI spec");
            return Optional.empty();
        } else {
            parts.add("name=" + name.get());
        }
        for (String flag : FLAGS) {
            if (pci.flag(flag)) {
                parts.add(flag + "=1");
            }
        }
        pci.string("rdm_policy").filter("strict"::equals).ifPresent(p -> parts.add("rdm_policy=" + p));
        return Optional.of(String.join(",", parts));
    }
}
