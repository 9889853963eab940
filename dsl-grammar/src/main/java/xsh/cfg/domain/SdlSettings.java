package xsh.cfg.domain;

import java.util.Optional;

/** The top-level {@code sdl}, {@code opengl}, {@code display} and {@code xauthority} keys. */
public record SdlSettings(Optional<Boolean> enabled, Optional<Boolean> opengl, Optional<String> display,
        Optional<String> xauthority) {

    public static SdlSettings unset() {
        return new SdlSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
