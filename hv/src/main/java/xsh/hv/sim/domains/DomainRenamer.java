package xsh.hv.sim.domains;

import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LibxlRefusals;
import xsh.hv.LogSite;
import xsh.hv.sim.store.Tx;

/**
 * libxl__domain_rename: a non-empty name must not belong to another domain; the empty name
 * is allowed, even more than once; renaming to the current name is fine.
 */
public final class DomainRenamer {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite NO_NAME = LogSite.libxlDomain("libxl_domain.c", 62, "libxl__domain_rename");

    private DomainRenamer() {
    }

    public static void rename(Tx tx, int domid, String newName) {
        if (newName == null) {
            throw new HvException(HvError.INVAL, NO_NAME, "New domain name not specified");
        }
        DomainRecord d = DomainTable.require(tx, domid);
        if (DomainTable.nameTaken(tx, newName, domid)) {
            throw LibxlRefusals.nameTaken(HvError.INVAL, newName);
        }
        d.name = newName;
        DomainTable.save(tx, d);
    }
}
