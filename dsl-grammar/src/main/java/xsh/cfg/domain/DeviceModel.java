package xsh.cfg.domain;

import java.util.Optional;

/**
 * QEMU as the device model: its version, an override binary, and whether it runs in a stub
 * domain. Absent version: libxl picks qemu-xen (qemu-xen-traditional for HVM stub domains).
 */
public record DeviceModel(Optional<DeviceModelVersion> version, Optional<String> override,
        Optional<Boolean> stubdomain) {

    public static DeviceModel unset() {
        return new DeviceModel(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
