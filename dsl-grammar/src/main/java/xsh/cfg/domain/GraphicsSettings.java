package xsh.cfg.domain;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Console display: VNC, SDL, keymap, and for HVM the emulated card ({@code vga}, or
 * {@code stdvga} when {@code vga} is absent), its memory and {@code nographic}. Absent values
 * take libxl's defaults; for HVM: VNC on, card cirrus, video memory by card and device model.
 */
public record GraphicsSettings(VncSettings vnc, SdlSettings sdl, Optional<String> keymap, Optional<VgaKind> vga,
        OptionalLong videoramMib, Optional<Boolean> nographic) {

    public static GraphicsSettings unset() {
        return new GraphicsSettings(VncSettings.unset(), SdlSettings.unset(), Optional.empty(), Optional.empty(),
                OptionalLong.empty(), Optional.empty());
    }
}
