package xsh.hv.sim.lifecycle;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import xsh.cfg.domain.LifecycleAction;
import xsh.cfg.domain.ShutdownEvent;
import xsh.hv.ShutdownReason;
import xsh.hv.sim.build.StoredConfig;
import xsh.hv.sim.console.ConsoleGuest;
import xsh.hv.sim.domains.DomainMeters;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.guest.GuestBridge;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.store.Tx;
import xsh.hv.sim.xenconsole.XenMessages;

/**
 * A guest shuts down, and xl's monitor does what the domain's {@code on_*} setting says, as
 * {@code handle_domain_death} does: destroy; restart (destroy now, build again after the
 * restart delay with the reloaded config, same name, new domid); rename-restart (keep the old
 * domain under {@code <name>-YYYYMMDDTHHMMZ} with a new uuid, then build again); preserve
 * (leave it shut down); coredump-destroy / coredump-restart (dump core first); soft-reset
 * (the same domid runs again after the delay). A suspended guest is left waiting.
 */
public final class ShutdownActions {

    private static final DateTimeFormatter PRESERVE_SUFFIX =
            DateTimeFormatter.ofPattern("'-'yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private final Destroyer destroyer;
    private final CoreDumps coreDumps;
    private final GuestBridge guests;
    private final MonitorLog monitorLog;

    ShutdownActions(Destroyer destroyer, CoreDumps coreDumps, GuestBridge guests, MonitorLog monitorLog) {
        this.destroyer = destroyer;
        this.coreDumps = coreDumps;
        this.guests = guests;
        this.monitorLog = monitorLog;
    }

    /** The guest stops itself with {@code reason} at {@code tx.now()}; Xen ignores a second shutdown. */
    void guestShutsDown(Tx tx, DomainRecord d, ShutdownReason reason) {
        if (d.isShutdown()) {
            return;
        }
        DomainMeters.fold(d, tx.now());
        d.shutdownCode = reason.code();
        DomainTable.save(tx, d);
        notifyConsole(tx, d, (instance, guest, ran) -> guests.stopped(instance, guest, reason, ran));
        PendingEvents.dropFor(tx, d.domid, EventKind.GUEST_SHUTDOWN);
        XenMessages.shutDown(tx, d, reason);
        if (!Monitoring.watched(tx, d.domid)) {
            return; // created with -e: no monitor sees it, the domain stays as it is
        }
        monitorLog.log(tx, d, String.format("Domain %d has shut down, reason code %d 0x%x",
                d.domid, reason.code(), reason.code()));
        Optional<ShutdownEvent> event = reason.event();
        if (event.isEmpty()) {
            monitorLog.log(tx, d, "Domain has suspended.");
            return;
        }
        LifecycleAction action = d.actionFor(event.get());
        monitorLog.log(tx, d, "Action for shutdown reason code " + reason.code() + " is " + action.libxlName());
        if (action == LifecycleAction.COREDUMP_DESTROY || action == LifecycleAction.COREDUMP_RESTART) {
            coreDumps.dump(tx, d);
            action = action == LifecycleAction.COREDUMP_DESTROY ? LifecycleAction.DESTROY : LifecycleAction.RESTART;
        }
        long restartAt = tx.now() + HostTable.read(tx).settings().restartDelay().toNanos();
        switch (action) {
            case PRESERVE -> {
                monitorLog.log(tx, d, "Done. Exiting now");
                Monitoring.disable(tx, d.domid); // the monitor exited: nobody sees this domain die
            }
            case DESTROY -> {
                monitorLog.log(tx, d, "Domain " + d.domid + " needs to be cleaned up: destroying the domain");
                destroyer.destroy(tx, d);
                monitorLog.log(tx, d, "Done. Exiting now");
            }
            case RESTART -> {
                RestartPlan plan = RestartPlan.of(tx, d);
                monitorLog.log(tx, d, "Domain " + d.domid + " needs to be cleaned up: destroying the domain");
                destroyer.destroy(tx, d);
                scheduleRestart(tx, d.domid, d.name, plan, restartAt);
            }
            case RENAME_RESTART -> {
                RestartPlan plan = RestartPlan.of(tx, d);
                String monitorName = d.name;
                boolean preserved = preserve(tx, d);
                Monitoring.disable(tx, d.domid); // the monitor goes on with the new domain, or exits
                if (preserved) {
                    scheduleRestart(tx, d.domid, monitorName, plan, restartAt);
                }
            }
            case SOFT_RESET -> {
                monitorLog.log(tx, d, "Done. Rebooting now");
                PendingEvents.schedule(tx, restartAt, d.domid, EventKind.SOFT_RESET, null, null);
            }
            default -> throw new IllegalStateException("coredump actions were turned into destroy or restart: " + action);
        }
    }

    /** What the guest's console is told once the transaction is committed. */
    interface ConsoleNote {
        void tell(long instance, ConsoleGuest guest, long runningNanos);
    }

    static void notifyConsole(Tx tx, DomainRecord d, ConsoleNote note) {
        long instance = d.instance;
        long ran = d.runNs;
        StoredConfig.guest(tx, d.domid).ifPresent(guest -> tx.afterCommit(() -> note.tell(instance, guest, ran)));
    }

    private void scheduleRestart(Tx tx, int domid, String monitorName, RestartPlan plan, long at) {
        monitorLog.log(tx, domid, monitorName, "Done. Rebooting now");
        PendingEvents.schedule(tx, at, null, EventKind.RESTART, null, plan.encode());
    }

    /**
     * libxl_domain_preserve: the old domain stays, shut down, under a name with the UTC time
     * to the minute and a fresh uuid, so the new one can have both. If that name is taken the
     * monitor gives up and leaves the old domain as it is.
     */
    private boolean preserve(Tx tx, DomainRecord d) {
        String suffix = PRESERVE_SUFFIX.format(Instant.ofEpochSecond(0, tx.now()));
        String newName = d.name + suffix;
        monitorLog.log(tx, d, "Preserving domain " + d.domid + " " + d.name + " with suffix" + suffix);
        if (DomainTable.nameTaken(tx, newName, d.domid)) {
            monitorLog.log(tx, d, "Domain with name \"" + newName + "\" already exists.");
            return false;
        }
        d.name = newName;
        d.uuid = UUID.randomUUID();
        DomainTable.save(tx, d);
        return true;
    }
}
