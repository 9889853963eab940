package xsh.cfg.domain;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The top-level {@code vnc*} keys. For HVM libxl turns VNC on by default, listening on
 * 127.0.0.1 and looking for an unused display; for PV they matter only with {@code vnc=1}
 * and no {@code vfb=} list, when xl adds one framebuffer and keyboard with these settings.
 */
public record VncSettings(Optional<Boolean> enabled, Optional<String> listen, Optional<String> password,
        OptionalLong display, Optional<Boolean> findUnused) {

    public static VncSettings unset() {
        return new VncSettings(Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty());
    }

    public boolean isEmpty() {
        return this.equals(unset());
    }
}
