package xsh.hv.sim.domains;

import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LogSite;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.store.Tx;

/**
 * Picks a new domain's id as Xen and libxl do together. Xen's createdomain hands out the
 * first free id after its rover (the last id it gave), wrapping from 32751
 * (DOMID_FIRST_RESERVED - 1) to 1, so ids keep growing until they wrap. libxl then refuses an
 * id freed within the last minute: it destroys that domain and asks again, which moves the
 * rover past it. Together: the first id after the rover that is neither in use nor recent.
 */
public final class DomidAllocator {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite CREATION_FAILED = LogSite.libxlDomain("libxl_create.c", 709, "libxl__domain_make");
    private static final LogSite RECENTLY_USED = LogSite.libxlDomain("libxl_create.c", 730, "libxl__domain_make");

    /** DOMID_FIRST_RESERVED: ids from here on name special domains (DOMID_SELF, DOMID_IO...). */
    public static final int FIRST_RESERVED = 0x7FF0;

    private DomidAllocator() {
    }

    /**
     * Takes the id a restore asks for ({@code xl save -D}), as libxl passes it to Xen: refused
     * when a domain has it (Xen's EEXIST) or it was freed within libxl's reuse timeout. Xen
     * leaves its rover where it is.
     */
    public static int claim(Tx tx, int domid) {
        if (domid <= 0 || domid >= FIRST_RESERVED) {
            throw new IllegalArgumentException("not a guest's domid: " + domid);
        }
        if (DomainTable.exists(tx, domid)) {
            throw new HvException(HvError.FAIL, CREATION_FAILED, "domain creation fail: File exists");
        }
        if (RecentDomids.isRecent(tx, domid)) {
            throw new HvException(HvError.FAIL, RECENTLY_USED, "domain id recently used");
        }
        return domid;
    }

    /** Allocates an id and moves the rover to it. */
    public static int allocate(Tx tx) {
        int rover = (int) tx.number("SELECT domid_rover FROM host").orElse(0);
        int candidate = rover;
        for (int tried = 0; tried < FIRST_RESERVED - 1; tried++) {
            candidate++;
            if (candidate >= FIRST_RESERVED) {
                candidate = 1;
            }
            // one indexed look-up each: the id after the rover is nearly always the answer
            if (!DomainTable.exists(tx, candidate) && !RecentDomids.isRecent(tx, candidate)) {
                HostTable.setRover(tx, candidate);
                return candidate;
            }
        }
        // Xen's answer when every id is taken (-ENOMEM), as libxl reports it
        throw new HvException(HvError.FAIL, CREATION_FAILED, "domain creation fail: Cannot allocate memory");
    }
}
