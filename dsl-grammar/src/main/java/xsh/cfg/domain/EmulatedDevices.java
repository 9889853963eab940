package xsh.cfg.domain;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * HVM-only emulated hardware: serial ports, boot order, USB and sound. libxl's defaults:
 * boot order {@code cda}, no serial, no USB.
 */
public record EmulatedDevices(Optional<StringOrList> serial, Optional<String> boot, Optional<Boolean> usb,
        OptionalLong usbVersion, Optional<StringOrList> usbDevice, Optional<String> soundhw) {

    public static final String DEFAULT_BOOT = "cda";

    public static EmulatedDevices unset() {
        return new EmulatedDevices(Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty());
    }

    public String effectiveBoot() {
        return boot.orElse(DEFAULT_BOOT);
    }
}
