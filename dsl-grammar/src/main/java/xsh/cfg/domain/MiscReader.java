package xsh.cfg.domain;

/** Small keys xl reads between the bigger topics, and its warnings about retired keys. */
final class MiscReader {

    private final ReadContext ctx;

    MiscReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void readRtcTimeoffset(DomainConfigBuilder b) {
        b.rtcTimeoffset = ctx.number("rtc_timeoffset");
    }

    /** {@code vncviewer=} is a command-line matter now; xl says so and goes on. */
    void warnAboutVncviewer() {
        if (ctx.number("vncviewer").isPresent()) {
            ctx.warn("vncviewer", "ignoring \"vncviewer\" option. Use \"-V\" option of \"xl create\""
                    + " to automatically spawn vncviewer.");
        }
    }

    void readMaxEventChannels(DomainConfigBuilder b) {
        b.maxEventChannels = ctx.number("max_event_channels");
    }

    /** netchannel2 was never supported by xl; any list there only earns a warning. */
    void warnAboutVif2() {
        if (ctx.isList("vif2")) {
            ctx.warn("vif2", "vif2: netchannel2 is deprecated and not supported by xl");
        } else if (ctx.has("vif2")) {
            // xl's get_list warns about a single value before deciding there is nothing to say
            ctx.settings().list("vif2");
        }
    }
}
