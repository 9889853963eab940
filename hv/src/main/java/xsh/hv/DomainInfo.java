package xsh.hv;

import java.time.Instant;
import java.util.UUID;
import xsh.cfg.domain.DomainType;

/**
 * A domain as observed now: what {@code xl list} (plain, {@code -v}, {@code -c}) and
 * {@code xl uptime} print.
 *
 * @param currentKib   memory the domain has now (moves toward the target while ballooning)
 * @param targetKib    the balloon target (mem-set)
 * @param maxKib       the static maximum (mem-max)
 * @param cpuTimeNanos cpu time used so far, over all vcpus
 * @param started      when the domain was created (uptime is measured from it)
 * @param pool         the cpupool's name
 */
public record DomainInfo(int domid, String name, UUID uuid, DomainType type, DomainState state,
                         long currentKib, long targetKib, long maxKib, int onlineVcpus, int maxVcpus,
                         long cpuTimeNanos, Instant started, String pool) {

    public static final int DOMAIN_0 = 0;
    public static final String DOMAIN_0_NAME = "Domain-0";

    public boolean isDomain0() {
        return domid == DOMAIN_0;
    }
}
