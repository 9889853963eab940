package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;

/**
 * How the guest's kernel is found.
 * <ul>
 * <li>{@code kernel}: as written, except that an HVM guest's kernel named {@code hvmloader}
 *     is dropped with xl's warning.</li>
 * <li>{@code cmdline}: composed as xl composes it: {@code cmdline=} wins (then {@code root=}
 *     and {@code extra=} are ignored with a warning); else {@code root=R extra=E} gives
 *     {@code "root=R E"}, {@code root} alone {@code "root=R"}, {@code extra} alone itself.</li>
 * <li>{@code bootloaderArgs}: a list; the deprecated string form is split on blanks.</li>
 * <li>{@code firmware}: as written; for HVM it becomes {@link #bios} (bios names, {@code uefi}
 *     by prefix = OVMF, {@code bios} by prefix = the default) or else {@link #hvmFirmwarePath};
 *     for PV/PVH only a prefix of {@code pvgrub32}/{@code pvgrub64} is accepted and stands
 *     for the kernel {@code XENFIRMWAREDIR/<firmware>.bin}, see {@link #pvFirmware}.</li>
 * <li>{@code hvmFirmwarePath}: HVM {@code firmware_override}, replaced by a {@code firmware=} path;
 *     {@code biosPathOverride}: HVM {@code bios_path_override}.</li>
 * </ul>
 */
public record BootSettings(Optional<String> kernel, Optional<String> ramdisk, Optional<String> root,
        Optional<String> extra, Optional<String> cmdline, Optional<String> bootloader,
        List<String> bootloaderArgs, Optional<String> firmware, Optional<BiosType> bios,
        Optional<String> hvmFirmwarePath, Optional<String> biosPathOverride, Optional<String> pvFirmware,
        Optional<String> deviceTree, PvShim pvShim) {

    public BootSettings {
        bootloaderArgs = List.copyOf(bootloaderArgs);
    }

    /** The kernel libxl loads: {@code kernel}, or for a pvgrub firmware its image under {@code firmwareDir}. */
    public Optional<String> effectiveKernel(String firmwareDir) {
        if (kernel.isPresent()) {
            return kernel;
        }
        return pvFirmware.map(name -> firmwareDir + "/" + name + ".bin");
    }
}
