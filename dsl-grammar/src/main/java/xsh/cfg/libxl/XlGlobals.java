package xsh.cfg.libxl;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code /etc/xen/xl.conf} settings xl copies into every domain it creates. A stock
 * xl.conf gives {@link #stock()}: hotplug scripts run by xl, claim mode on, the rest unset.
 *
 * @param runHotplugScripts {@code run_hotplug_scripts} (c_info.run_hotplug_scripts)
 * @param claimMode         {@code claim_mode} (b_info.claim_mode)
 * @param blkdevStart       {@code blkdev_start}
 * @param maxGrantFrames    {@code max_grant_frames}, unless the guest config sets it
 * @param maxMaptrackFrames {@code max_maptrack_frames}, likewise
 * @param maxGrantVersion   {@code max_grant_version}, likewise
 */
public record XlGlobals(boolean runHotplugScripts, boolean claimMode, Optional<String> blkdevStart,
        OptionalLong maxGrantFrames, OptionalLong maxMaptrackFrames, OptionalLong maxGrantVersion) {

    public static XlGlobals stock() {
        return new XlGlobals(true, true, Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty());
    }
}
