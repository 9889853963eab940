package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;

/**
 * PCI devices passed through, kept as xl's PCI_SPEC_STRINGs ({@code [DDDD:]BB:DD.F[@VSLOT][,k=v]}),
 * and the defaults every device inherits from {@code pci_permissive}, {@code pci_msitranslate},
 * {@code pci_seize} and {@code pci_power_mgmt}. xsh does not parse the spec strings, so xl's
 * {@code unable to parse PCI_SPEC_STRING} error is left to create time.
 */
public record PciPassthrough(List<String> devices, Optional<Boolean> permissive, Optional<Boolean> msiTranslate,
        Optional<Boolean> seize, Optional<Boolean> powerManagement) {

    public PciPassthrough {
        devices = List.copyOf(devices);
    }

    public static PciPassthrough none() {
        return new PciPassthrough(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
