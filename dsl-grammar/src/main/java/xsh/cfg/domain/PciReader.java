package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.raw.Atom;

/**
 * PCI passthrough: the per-device defaults, then the device list. The spec strings are
 * kept as written; xl's check of them ({@code unable to parse PCI_SPEC_STRING}) is not
 * repeated here.
 */
final class PciReader {

    private final ReadContext ctx;

    PciReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(DomainConfigBuilder b) {
        // xl reads these as plain numbers, stored in each device as 0/1 or the number itself
        Optional<Boolean> msiTranslate = nonZero(ctx.number("pci_msitranslate"));
        Optional<Boolean> powerManagement = nonZero(ctx.number("pci_power_mgmt"));
        Optional<Boolean> permissive = nonZero(ctx.number("pci_permissive"));
        Optional<Boolean> seize = nonZero(ctx.number("pci_seize"));
        List<String> devices = ctx.atomList("pci").map(atoms -> atoms.stream().map(Atom::text).toList())
                .orElse(List.of());
        b.pci = new PciPassthrough(devices, permissive, msiTranslate, seize, powerManagement);
    }

    private static Optional<Boolean> nonZero(OptionalLong n) {
        return n.isPresent() ? Optional.of(n.getAsLong() != 0) : Optional.empty();
    }
}
