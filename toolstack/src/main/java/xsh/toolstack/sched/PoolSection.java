package xsh.toolstack.sched;

import java.util.List;
import java.util.Optional;
import xsh.hv.PoolSchedParams;

/**
 * One pool of a listing: its {@code Cpupool NAME: ...} line and its domains.
 *
 * @param params empty when the pool's parameters could not be read ({@code [sched params unavailable]})
 */
public record PoolSection(String pool, Optional<PoolSchedParams> params, List<DomainWeight> domains) {

    public PoolSection {
        domains = List.copyOf(domains);
    }
}
