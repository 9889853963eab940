package xsh.cfg.domain;

import java.util.Optional;

/**
 * Running a PV kernel inside a PVH container through Xen's shim. xl reads these keys only
 * for PVH guests. libxl's defaults: off; the shim's command line {@code pv-shim console=xen,pv}.
 */
public record PvShim(Optional<Boolean> enabled, Optional<String> path, Optional<String> cmdline,
        Optional<String> extra) {

    public static final String DEFAULT_CMDLINE = "pv-shim console=xen,pv";

    public static PvShim unset() {
        return new PvShim(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEnabled() {
        return enabled.orElse(false);
    }
}
