package xsh.hv.sim.resources;

import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LibxlRefusals;
import xsh.hv.LogSite;
import xsh.hv.sim.domains.DomainMeters;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.domains.MemoryAccounting;
import xsh.hv.sim.host.HostRecord;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.store.Tx;

/** mem-set and mem-max with libxl's rules and words (libxl_mem.c). */
public final class MemoryControl {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite DOM0_TARGET_TOO_LOW = LogSite.libxlDomain("libxl_mem.c", 287, "libxl_set_memory_target");

    /** LIBXL_MIN_DOM0_MEM: libxl will not balloon Domain-0 below this. */
    public static final long MIN_DOM0_KIB = 128 * 1024;

    private MemoryControl() {
    }

    /**
     * The balloon target. The guest's balloon driver moves toward it while the guest runs; if
     * the host cannot give all of an increase, the guest stops where the free memory ends
     * (its target stays what was asked, as in xenstore).
     */
    public static void setTarget(Tx tx, int domid, long targetKib) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (targetKib < 0) {
            throw new HvException(HvError.INVAL, "invalid memory target " + targetKib);
        }
        if (targetKib > d.maxKib) {
            throw LibxlRefusals.targetAboveMax();
        }
        if (d.isDomain0() && targetKib < MIN_DOM0_KIB) {
            throw new HvException(HvError.INVAL, DOM0_TARGET_TOO_LOW, "New target " + targetKib + " for dom0 is below the minimum threshold");
        }
        HostRecord host = HostTable.read(tx);
        long speed = host.settings().balloonKibPerSecond();
        DomainMeters.foldBalloon(d, tx.now(), speed);
        long available = MemoryAccounting.availableToKib(tx, host.spec(), speed, domid);
        d.targetKib = targetKib;
        d.grantedKib = Math.min(targetKib, Math.max(available, 0));
        DomainTable.save(tx, d);
    }

    /** The static maximum: anything not below the current target, even above the config's maxmem. */
    public static void setMax(Tx tx, int domid, long maxKib) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (maxKib < d.targetKib) {
            throw new HvException(HvError.INVAL,
                    "memory_static_max must be greater than or or equal to memory_dynamic_max");
        }
        d.maxKib = maxKib;
        DomainTable.save(tx, d);
    }
}
