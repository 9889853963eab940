package xsh.hv.sim.lifecycle;

import xsh.hv.sim.build.DomainBuilder;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.guest.GuestBridge;
import xsh.hv.sim.host.HostLayout;
import xsh.hv.sim.store.HostStore;
import xsh.hv.sim.store.Tx;

/** The parts of a domain's life, wired once per host. */
public final class Lifecycle {

    private final Destroyer destroyer;
    private final GuestControl guestControl;
    private final DueEffects dueEffects;
    private final MonitorLog monitorLog;

    public Lifecycle(HostLayout layout, GuestBridge guests, DomainBuilder builder) {
        this.destroyer = new Destroyer(guests);
        this.monitorLog = new MonitorLog(layout.logDir());
        ShutdownActions actions = new ShutdownActions(destroyer, new CoreDumps(layout.dumpDir(), guests, monitorLog),
                guests, monitorLog);
        this.guestControl = new GuestControl(actions, guests);
        this.dueEffects = new DueEffects(guestControl, new Restarts(builder, monitorLog), monitorLog);
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

    /**
     * A domain just built by xl create, restore or migrate-receive: xl's monitor starts
     * watching it, or, with {@code -e}, none does.
     */
    public void monitor(Tx tx, DomainRecord d, boolean monitored) {
        if (monitored) {
            monitorLog.started(tx, d);
        } else {
            Monitoring.disable(tx, d.domid);
        }
    }

    /** {@code xl destroy}: the domain's monitor, if one still watches it, sees it die and exits. */
    public void destroyByRequest(Tx tx, DomainRecord d) {
        if (Monitoring.watched(tx, d.domid)) {
            monitorLog.log(tx, d, "Domain " + d.domid + " has been destroyed.");
        }
        destroyer.destroy(tx, d);
    }
}
