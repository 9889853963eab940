package xsh.hv.sim.lifecycle;

import java.util.Optional;
import xsh.hv.sim.disks.GuestDiskWrites;
import xsh.hv.sim.store.HostStore;
import xsh.hv.sim.store.StateFileException;
import xsh.hv.sim.store.Tx;

/**
 * Makes time pass on a host without a daemon: before any operation, every effect that fell
 * due since the last one is applied at its own time, earliest first, so effects that cause
 * effects (a shutdown, then a restart two seconds later) come out as they would have live.
 * Running guests' disk writes are applied up to each effect's time before it, and up to now.
 */
final class DueEffects implements HostStore.TimeFlow {

    /** A bound against a cycle of effects that keep causing each other at the same instant. */
    private static final int MAX_EFFECTS_PER_STEP = 100_000;

    private final GuestControl guests;
    private final Restarts restarts;
    private final MonitorLog monitorLog;

    DueEffects(GuestControl guests, Restarts restarts, MonitorLog monitorLog) {
        this.guests = guests;
        this.restarts = restarts;
        this.monitorLog = monitorLog;
    }

    @Override
    public boolean due(Tx tx) {
        return PendingEvents.anyDue(tx, tx.now());
    }

    @Override
    public void advance(Tx tx, long now) {
        for (int applied = 0; applied < MAX_EFFECTS_PER_STEP; applied++) {
            Optional<PendingEvent> next = PendingEvents.nextDue(tx, now);
            if (next.isEmpty()) {
                break;
            }
            PendingEvent e = next.get();
            // guests write their disks up to the moment the effect changes how they run
            GuestDiskWrites.catchUp(tx, e.dueNs());
            tx.at(e.dueNs());
            PendingEvents.delete(tx, e.seq());
            try {
                tx.atomically(() -> {
                    apply(tx, e);
                    return null;
                });
            } catch (StateFileException unusableDatabase) {
                throw unusableDatabase;
            } catch (RuntimeException e2) {
                // one effect that cannot be applied must not stop every later operation on the host
                monitorLog.log(tx, e.domid(), null, "dropped " + e.kind() + ": " + e2);
            }
        }
        GuestDiskWrites.catchUp(tx, now);
        tx.at(now);
    }

    private void apply(Tx tx, PendingEvent e) {
        switch (e.kind()) {
            case GUEST_SHUTDOWN -> guests.act(tx, e);
            case RESTART -> restarts.restart(tx, RestartPlan.decode(e.payload()));
            case SOFT_RESET -> restarts.softReset(tx, e.domid());
        }
    }
}
