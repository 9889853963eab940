package xsh.hv.sim.domains;

import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.sim.store.Tx;

/**
 * libxl__domain_rename: a non-empty name must not belong to another domain; the empty name
 * is allowed, even more than once; renaming to the current name is fine.
 */
public final class DomainRenamer {

    private DomainRenamer() {
    }

    public static void rename(Tx tx, int domid, String newName) {
        if (newName == null) {
            throw new HvException(HvError.INVAL, "New domain name not specified");
        }
        DomainRecord d = DomainTable.require(tx, domid);
        if (DomainTable.nameTaken(tx, newName, domid)) {
            throw new HvException(HvError.INVAL, "Domain with name \"" + newName + "\" already exists.");
        }
        d.name = newName;
        DomainTable.save(tx, d);
    }
}
