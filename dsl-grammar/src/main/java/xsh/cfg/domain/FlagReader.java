package xsh.cfg.domain;

import java.util.Optional;

/**
 * The on/off keys, each read where xl reads it (so warnings come in xl's order) and only
 * for the guest types xl reads it for.
 */
final class FlagReader {

    private final ReadContext ctx;

    FlagReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(DomainConfigBuilder b, DomainFlag... flags) {
        for (DomainFlag flag : flags) {
            if (!flag.appliesTo(b.type)) {
                continue;
            }
            Optional<Boolean> value = ctx.bool(flag.key());
            value.ifPresent(v -> b.flags.put(flag, v));
            if (flag == DomainFlag.MSR_RELAXED && value.isPresent()) {
                ctx.warn(flag.key(), "msr_relaxed will be removed in future versions. If it fixes an issue"
                        + " you are having please report to xen-devel@lists.xenproject.org.");
            }
        }
    }
}
