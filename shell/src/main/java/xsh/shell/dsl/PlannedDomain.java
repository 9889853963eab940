package xsh.shell.dsl;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import xsh.cfg.domain.DomainConfig;
import xsh.hv.DomainInfo;
import xsh.hv.DomainState;
import xsh.toolstack.vmcontrol.TypedConfig;

/**
 * What {@code create} returns under {@code --dry-run}: the domain the configuration describes,
 * not built (domid 0, no cpu time, in no state), so that a dry run of a script that goes on to
 * save or pause it prints those commands with the domain's name.
 */
final class PlannedDomain {

    private PlannedDomain() {
    }

    static Domain of(TypedConfig typed, boolean paused) {
        DomainConfig config = typed.definition().config();
        long targetKib = config.memory().targetMib() * 1024;
        Instant now = Instant.now();
        DomainInfo info = new DomainInfo(0, config.name(), config.uuid().orElse(new UUID(0, 0)), config.type(),
                new DomainState(false, false, paused ? 1 : 0, Optional.empty(), false),
                targetKib, targetKib, config.memory().maxMib() * 1024,
                (int) config.vcpus().online(), (int) config.vcpus().xlMaxVcpus(), 0, now,
                config.pool().orElse("Pool-0"));
        return new Domain(info, now, true);
    }
}
