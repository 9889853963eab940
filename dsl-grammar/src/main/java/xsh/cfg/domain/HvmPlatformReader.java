package xsh.cfg.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.cfg.raw.Atom;

/**
 * The HVM branch of xl's type switch: firmware and BIOS choice, platform flags and Hyper-V
 * enlightenments. Unknown BIOS names and enlightenments are fatal at parse time.
 */
final class HvmPlatformReader {

    private final ReadContext ctx;
    private final FlagReader flags;

    HvmPlatformReader(ReadContext ctx, FlagReader flags) {
        this.ctx = ctx;
        this.flags = flags;
    }

    void read(DomainConfigBuilder b) {
        if (b.type != DomainType.HVM) {
            return;
        }
        readFirmwareOverrides(b);
        flags.read(b, DomainFlag.PAE, DomainFlag.ACPI_S3, DomainFlag.ACPI_S4, DomainFlag.ACPI_LAPTOP_SLATE,
                DomainFlag.NX, DomainFlag.HPET, DomainFlag.VPT_ALIGN, DomainFlag.APIC);
        readViridian(b);
        readFirmware(b);
    }

    private void readFirmwareOverrides(DomainConfigBuilder b) {
        BootDraft boot = b.boot;
        if (boot.kernel.isPresent() && basename(boot.kernel.get()).equals("hvmloader")) {
            ctx.warn("kernel", "you seem to be using \"kernel\" directive to override HVM guest firmware."
                    + " Ignore that. Use \"firmware_override\" instead if you really want a non-default firmware");
            boot.kernel = Optional.empty();
        }
        boot.hvmFirmwarePath = ctx.string("firmware_override");
        boot.biosPathOverride = ctx.string("bios_path_override");
        Optional<String> bios = ctx.string("bios");
        if (bios.isPresent()) {
            boot.bios = BiosType.fromLibxlName(bios.get());
            if (boot.bios.isEmpty() && !BiosType.isUnknownPlaceholder(bios.get())) {
                throw ctx.fail("bios", "ERROR: invalid value \"" + bios.get() + "\" for \"bios\""
                        + " (expected rombios, seabios or ovmf)");
            }
        } else if (boot.biosPathOverride.isPresent()) {
            ctx.warn("bios_path_override", "bios_path_override given without specific bios name");
        }
    }

    /** {@code viridian=N} as a flag, or a list of enlightenments (read without warnings, as xl does). */
    private void readViridian(DomainConfigBuilder b) {
        if (ctx.isList("viridian")) {
            List<String> items = new ArrayList<>();
            Optional<Boolean> enabled = Optional.empty();
            for (Atom atom : ctx.atomList("viridian").orElseThrow()) {
                String item = atom.text();
                String name = item.startsWith("!") ? item.substring(1) : item;
                if (item.equals("defaults")) {
                    enabled = Optional.of(true);
                } else if (!item.equals("all") && Viridian.bitOf(name) < 0) {
                    throw ctx.failAt(atom.span(), "xl: unknown viridian enlightenment '" + name + "'"
                            + " (known: defaults, all, " + String.join(", ", Viridian.ENLIGHTENMENTS) + ")",
                            ReadContext.EXIT_ERROR_FAIL);
                }
                items.add(item);
            }
            b.viridian = new Viridian(enabled, items);
        } else if (ctx.has("viridian")) {
            b.viridian = new Viridian(ctx.quietNumber("viridian").stream().mapToObj(n -> n != 0).findFirst(),
                    List.of());
        }
    }

    /**
     * {@code firmware=}: a BIOS name sets the BIOS (overriding {@code bios=}), a prefix of
     * {@code uefi} means OVMF, a prefix of {@code bios} the default, anything else a path.
     */
    private void readFirmware(DomainConfigBuilder b) {
        BootDraft boot = b.boot;
        Optional<String> firmware = ctx.string("firmware");
        boot.firmware = firmware;
        if (firmware.isEmpty()) {
            return;
        }
        String value = firmware.get();
        Optional<BiosType> bios = BiosType.fromLibxlName(value);
        if (bios.isPresent() || BiosType.isUnknownPlaceholder(value)) {
            boot.bios = bios;
        } else if (DomainType.isPrefixOf(value, "uefi")) {
            boot.bios = Optional.of(BiosType.OVMF);
        } else if (!DomainType.isPrefixOf(value, "bios")) {
            boot.hvmFirmwarePath = firmware;
        }
    }

    /** libxl_basename: what follows the last slash. */
    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
