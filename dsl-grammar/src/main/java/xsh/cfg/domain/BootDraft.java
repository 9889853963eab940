package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;

/** The boot settings while xl's steps fill them in; frozen into {@link BootSettings}. */
final class BootDraft {

    Optional<String> kernel = Optional.empty();
    Optional<String> ramdisk = Optional.empty();
    Optional<String> root = Optional.empty();
    Optional<String> extra = Optional.empty();
    Optional<String> cmdline = Optional.empty();
    Optional<String> bootloader = Optional.empty();
    List<String> bootloaderArgs = List.of();
    Optional<String> firmware = Optional.empty();
    Optional<BiosType> bios = Optional.empty();
    Optional<String> hvmFirmwarePath = Optional.empty();
    Optional<String> biosPathOverride = Optional.empty();
    Optional<String> pvFirmware = Optional.empty();
    Optional<String> deviceTree = Optional.empty();
    PvShim pvShim = PvShim.unset();

    BootSettings freeze() {
        return new BootSettings(kernel, ramdisk, root, extra, cmdline, bootloader, bootloaderArgs, firmware, bios,
                hvmFirmwarePath, biosPathOverride, pvFirmware, deviceTree, pvShim);
    }
}
