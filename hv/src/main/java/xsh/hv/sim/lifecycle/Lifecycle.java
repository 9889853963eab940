package xsh.hv.sim.lifecycle;

import xsh.hv.sim.build.DomainBuilder;
import xsh.hv.sim.guest.GuestBridge;
import xsh.hv.sim.host.HostLayout;
import xsh.hv.sim.store.HostStore;

/** The parts of a domain's life, wired once per host. */
public final class Lifecycle {

    private final Destroyer destroyer;
    private final GuestControl guestControl;
    private final DueEffects dueEffects;

    public Lifecycle(HostLayout layout, GuestBridge guests, DomainBuilder builder) {
        this.destroyer = new Destroyer(guests);
        ShutdownActions actions = new ShutdownActions(destroyer, new CoreDumps(layout.dumpDir(), guests), guests);
        this.guestControl = new GuestControl(actions, guests);
        this.dueEffects = new DueEffects(guestControl, new Restarts(builder));
    }

    public Destroyer destroyer() {
        return destroyer;
    }

    public GuestControl guestControl() {
        return guestControl;
    }

    /** What the host's store runs before each operation. */
    public HostStore.TimeFlow timeFlow() {
        return dueEffects;
    }
}
