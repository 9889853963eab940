package xsh.hv.xen.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import xsh.hv.DomainSchedParams;
import xsh.hv.PoolSchedParams;

/**
 * What {@code xl sched-credit} or {@code xl sched-credit2} printed: each cpupool's line by pool
 * name (all parameters absent where xl says {@code [sched params unavailable]}), and each
 * domain's weight and cap by domid, in xl's order.
 */
public record SchedListing(Map<String, PoolSchedParams> pools, Map<Integer, DomainSchedParams> domains) {

    public SchedListing {
        pools = Collections.unmodifiableMap(new LinkedHashMap<>(pools));
        domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
    }
}
