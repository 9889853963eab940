package xsh.cfg.domain;

import java.util.OptionalLong;

/**
 * Grant table limits; absent means the value from xl.conf, else the hypervisor's default.
 * xl reads these quietly and gives up (exit 1) on any value that is not a number in
 * 0..INT_MAX.
 */
public record GrantLimits(OptionalLong maxGrantFrames, OptionalLong maxMaptrackFrames,
        OptionalLong maxGrantVersion) {

    public static GrantLimits unset() {
        return new GrantLimits(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
    }
}
