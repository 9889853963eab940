package xsh.hv.sim.domains;

import xsh.hv.HostSpec;
import xsh.hv.sim.host.HostMemory;
import xsh.hv.sim.store.Tx;

/**
 * The host's memory book: free = what domains can share − Σ what each domain holds
 * ({@link DomainMeters#allocationKib}). Worked out from the domains each time, so it cannot
 * drift from them.
 */
public final class MemoryAccounting {

    private MemoryAccounting() {
    }

    public static long allocatedKib(Tx tx, long balloonKibPerSecond, int exceptDomid) {
        long sum = 0;
        for (DomainRecord d : DomainTable.all(tx)) {
            if (d.domid != exceptDomid) {
                sum += DomainMeters.allocationKib(d, tx.now(), balloonKibPerSecond);
            }
        }
        return sum;
    }

    public static long freeKib(Tx tx, HostSpec spec, long balloonKibPerSecond) {
        return HostMemory.domainCapacityKib(spec) - allocatedKib(tx, balloonKibPerSecond, -1);
    }

    /** What one domain could hold at most: the free memory plus what it holds already. */
    public static long availableToKib(Tx tx, HostSpec spec, long balloonKibPerSecond, int domid) {
        return HostMemory.domainCapacityKib(spec) - allocatedKib(tx, balloonKibPerSecond, domid);
    }
}
