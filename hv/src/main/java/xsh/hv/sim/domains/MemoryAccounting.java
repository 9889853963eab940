package xsh.hv.sim.domains;

import xsh.hv.HostSpec;
import xsh.hv.sim.host.HostMemory;
import xsh.hv.sim.store.Tx;

/**
 * The host's memory book: free = what domains can share − Σ what each domain holds
 * ({@link DomainMeters#allocationKib}). Worked out from the domains each time, so it cannot
 * drift from them.
 *
 * <p>The sum is one SQL aggregate, so a create on a host with a thousand domains does not
 * decode a thousand rows. It is {@link DomainMeters#allocationKib} written in SQL, with the
 * same double arithmetic in the same order, so both give the same KiB: a domain holds its
 * granted target, or while deflating {@code mem - trunc(seconds run since × speed)}, which is
 * never below the target.
 */
public final class MemoryAccounting {

    private static final String HELD = """
            SELECT COALESCE(SUM(CASE WHEN granted_kib >= mem_kib THEN granted_kib
                ELSE MAX(granted_kib, mem_kib - CAST((MAX(0, run_ns
                        + CASE WHEN pause_count = 0 AND shutdown_reason IS NULL AND dying = 0
                               THEN MAX(0, ? - meter_ns) ELSE 0 END
                        - mem_run_ns) / 1e9) * ? AS INTEGER))
                END), 0)
            FROM domains WHERE domid <> ?""";

    private MemoryAccounting() {
    }

    public static long allocatedKib(Tx tx, long balloonKibPerSecond, int exceptDomid) {
        return tx.number(HELD, tx.now(), (double) balloonKibPerSecond, exceptDomid).orElse(0);
    }

    public static long freeKib(Tx tx, HostSpec spec, long balloonKibPerSecond) {
        return HostMemory.domainCapacityKib(spec) - allocatedKib(tx, balloonKibPerSecond, -1);
    }

    /** What one domain could hold at most: the free memory plus what it holds already. */
    public static long availableToKib(Tx tx, HostSpec spec, long balloonKibPerSecond, int domid) {
        return HostMemory.domainCapacityKib(spec) - allocatedKib(tx, balloonKibPerSecond, domid);
    }

    /** The same sum worked out in Java, row by row: the definition the SQL must agree with. */
    public static long allocatedKibByRows(Tx tx, long balloonKibPerSecond) {
        long sum = 0;
        for (DomainRecord d : DomainTable.all(tx)) {
            sum += DomainMeters.allocationKib(d, tx.now(), balloonKibPerSecond);
        }
        return sum;
    }
}
