package xsh.hv.sim.lifecycle;

import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.domains.RecentDomids;
import xsh.hv.sim.guest.GuestBridge;
import xsh.hv.sim.store.Tx;
import xsh.hv.sim.xenconsole.XenMessages;

/**
 * Destroys a domain in any state: its memory goes back to the host, its name is free, its
 * domid joins libxl's recent history, and what it was waiting for is forgotten. libxl waits
 * for the hypervisor to finish, so the domain is gone, not dying, when this returns.
 */
public final class Destroyer {

    private final GuestBridge guests;

    public Destroyer(GuestBridge guests) {
        this.guests = guests;
    }

    public void destroy(Tx tx, DomainRecord d) {
        DomainTable.delete(tx, d.domid);
        XenMessages.destroyed(tx, d);
        PendingEvents.dropAllFor(tx, d.domid);
        RecentDomids.markFreed(tx, d.domid);
        long instance = d.instance;
        tx.afterCommit(() -> guests.delete(instance));
    }
}
