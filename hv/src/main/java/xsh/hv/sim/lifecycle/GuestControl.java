package xsh.hv.sim.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import xsh.cfg.domain.DomainType;
import xsh.hv.GuestEvent;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LogSite;
import xsh.hv.ShutdownReason;
import xsh.hv.ShutdownRequest;
import xsh.hv.Trigger;
import xsh.hv.sim.build.StoredConfig;
import xsh.hv.sim.console.ConsoleGuest;
import xsh.hv.sim.console.GuestOs;
import xsh.hv.sim.console.KernelLines;
import xsh.hv.sim.domains.DomainMeters;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.domains.DomainTable;
import xsh.hv.sim.guest.GuestBridge;
import xsh.hv.sim.host.HostTable;
import xsh.hv.sim.store.Tx;
import xsh.hv.sim.xenconsole.XenMessages;

/** Pausing, unpausing and asking guests to stop; and what guests do by themselves. */
public final class GuestControl {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite PAUSING = LogSite.libxlDomain("libxl_domain.c", 587, "libxl_domain_pause");
    private static final LogSite UNPAUSING = LogSite.libxlDomain("libxl_domain.c", 688, "domain_unpause_done");
    private static final LogSite SENDING_TRIGGER = LogSite.libxlDomain("libxl_domain.c", 2207, "libxl_send_trigger");

    /** Xen's limit on the toolstack's pause count, so repeated pauses cannot overflow it. */
    public static final int MAX_PAUSE_COUNT = 255;

    private final ShutdownActions actions;
    private final GuestBridge guests;

    GuestControl(ShutdownActions actions, GuestBridge guests) {
        this.actions = actions;
        this.guests = guests;
    }

    /** XEN_DOMCTL_pausedomain: nests; Xen refuses to pause the domain that asks (Domain-0). */
    public void pause(Tx tx, int domid) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (d.isDomain0()) {
            throw new HvException(HvError.FAIL, PAUSING, "Pausing domain: Invalid argument");
        }
        if (d.pauseCount + 1 > MAX_PAUSE_COUNT) {
            throw new HvException(HvError.FAIL, PAUSING, "Pausing domain: Value too large for defined data type");
        }
        DomainMeters.fold(d, tx.now());
        d.pauseCount++;
        DomainTable.save(tx, d);
    }

    /** XEN_DOMCTL_unpausedomain: undoes one pause; below zero is EINVAL (Domain-0's count is 0). */
    public void unpause(Tx tx, int domid) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (d.pauseCount == 0) {
            throw new HvException(HvError.FAIL, UNPAUSING, "Unpausing domain: Invalid argument");
        }
        DomainMeters.fold(d, tx.now());
        d.pauseCount--;
        DomainTable.save(tx, d);
        if (d.pauseCount == 0) {
            PendingEvents.wake(tx, domid);
        }
    }

    /**
     * Writes the request where the guest's PV drivers look for it; the guest acts after the
     * host's shutdown delay (later, if it is paused then). An HVM guest without PV drivers
     * cannot be asked: with {@code acpiFallback} (xl's {@code -F}) it gets an ACPI power
     * button press, which it handles after the same delay, or for a reboot a reset, which
     * stops it at once.
     */
    public void requestShutdown(Tx tx, int domid, ShutdownRequest request, boolean acpiFallback) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (d.isDomain0()) {
            // the simulated Dom0 is the one running the toolstack: stopping it stops the host
            throw new HvException(HvError.INVAL, "Domain-0 cannot be shut down from the toolstack");
        }
        if (d.isShutdown()) {
            return; // written to xenstore, but nobody is left to read it
        }
        ShutdownReason reason = request == ShutdownRequest.REBOOT ? ShutdownReason.REBOOT : ShutdownReason.POWEROFF;
        if (!d.pvControl) {
            if (!acpiFallback) {
                throw new HvException(HvError.NOPARAVIRT,
                        "PV control interface not available: external graceful shutdown not possible.");
            }
            if (reason == ShutdownReason.REBOOT) {
                actions.guestShutsDown(tx, d, ShutdownReason.REBOOT);
                return;
            }
        }
        long due = tx.now() + HostTable.read(tx).settings().shutdownDelay().toNanos();
        PendingEvents.dropFor(tx, domid, EventKind.GUEST_SHUTDOWN);
        PendingEvents.schedule(tx, due, domid, EventKind.GUEST_SHUTDOWN, reason.code(), null);
    }

    /**
     * libxl suspends a guest and waits for it: a PV guest through its drivers, an HVM guest
     * by the hypervisor if it has none. So it is immediate here.
     */
    public void suspend(Tx tx, int domid) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (d.isDomain0()) {
            throw new HvException(HvError.INVAL, "Domain-0 cannot be suspended");
        }
        if (d.isShutdown()) {
            if (d.shutdownCode == ShutdownReason.SUSPEND.code()) {
                return;
            }
            throw new HvException(HvError.FAIL, "Domain " + domid + " is shut down and cannot be suspended");
        }
        actions.guestShutsDown(tx, d, ShutdownReason.SUSPEND);
    }

    /** XEN_DOMCTL_resumedomain after a suspend; a domain that is not suspended is left as it is. */
    public void resume(Tx tx, int domid) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (!d.isShutdown()) {
            return;
        }
        if (d.shutdownCode != ShutdownReason.SUSPEND.code()) {
            throw new HvException(HvError.FAIL, "Domain " + domid + " is not suspended and cannot be resumed");
        }
        DomainMeters.fold(d, tx.now());
        d.shutdownCode = null;
        DomainTable.save(tx, d);
        ShutdownActions.notifyConsole(tx, d, guests::resumed);
    }

    /** The guest crashes, trips its watchdog or stops itself, now. Domain-0's crash would be the host's. */
    public void inject(Tx tx, int domid, GuestEvent event) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (d.isDomain0()) {
            throw new HvException(HvError.INVAL, "Domain-0 is the host: it cannot be made to " + verb(event));
        }
        actions.guestShutsDown(tx, d, reasonOf(event));
    }

    /**
     * XEN_DOMCTL_sendtrigger: an NMI reaches any guest's vcpu; the ACPI buttons, resets and
     * the wake from S3 need an HVM (or PVH) guest's virtual platform. A reset reboots the
     * guest at once, the power button makes it shut down after the host's shutdown delay as
     * {@code shutdown -F} does; an INIT restarts a vcpu, which nobody sees.
     */
    public void trigger(Tx tx, int domid, Trigger trigger, int vcpu) {
        DomainRecord d = DomainTable.require(tx, domid);
        String failed = "Send trigger '" + trigger.xlName() + "' failed: ";
        if (d.isDomain0()) {
            throw new HvException(HvError.FAIL, SENDING_TRIGGER, failed + "Invalid argument");
        }
        if (vcpu < 0 || vcpu >= d.maxVcpus) {
            throw new HvException(HvError.FAIL, SENDING_TRIGGER, failed + "No such process");
        }
        if (trigger != Trigger.NMI && d.type == DomainType.PV) {
            throw new HvException(HvError.FAIL, SENDING_TRIGGER, failed + "Invalid argument");
        }
        XenMessages.trigger(tx, d, trigger.xlName(), vcpu);
        if (d.isShutdown()) {
            return; // nothing runs to notice it
        }
        switch (trigger) {
            case NMI -> kernelSays(tx, d, os -> KernelLines.nmi(vcpu, os));
            case RESET -> actions.guestShutsDown(tx, d, ShutdownReason.REBOOT);
            case POWER -> {
                long due = tx.now() + HostTable.read(tx).settings().shutdownDelay().toNanos();
                PendingEvents.dropFor(tx, domid, EventKind.GUEST_SHUTDOWN);
                PendingEvents.schedule(tx, due, domid, EventKind.GUEST_SHUTDOWN, ShutdownReason.POWEROFF.code(), null);
            }
            case SLEEP -> kernelSays(tx, d, KernelLines::sleep);
            case S3RESUME -> kernelSays(tx, d, KernelLines::wake);
            case INIT -> {
                // the vcpu starts over in real mode; the guest is not told
            }
        }
    }

    /**
     * libxl_send_sysrq writes the key to the guest's {@code control/sysrq}; a Linux guest
     * with PV drivers acts on it: {@code b} reboots at once, {@code o} powers off, {@code c}
     * crashes, other keys print what they do. Without PV drivers, or for FreeBSD, nothing
     * reads it.
     */
    public void sysrq(Tx tx, int domid, char key) {
        DomainRecord d = DomainTable.require(tx, domid);
        if (d.isDomain0()) {
            throw new HvException(HvError.INVAL, "Domain-0 is the host: its SysRq is the host's keyboard");
        }
        XenMessages.sysrq(tx, d, key);
        Optional<ConsoleGuest> guest = StoredConfig.guest(tx, domid);
        if (!d.pvControl || d.isShutdown() || guest.isEmpty()) {
            return;
        }
        Optional<List<String>> lines = KernelLines.sysrq(key, GuestOs.of(guest.get()));
        if (lines.isEmpty()) {
            return;
        }
        if (!lines.get().isEmpty()) {
            kernelSays(tx, d, os -> lines.get());
        }
        switch (key) {
            case 'b' -> actions.guestShutsDown(tx, d, ShutdownReason.REBOOT);
            case 'o' -> actions.guestShutsDown(tx, d, ShutdownReason.POWEROFF);
            case 'c' -> actions.guestShutsDown(tx, d, ShutdownReason.CRASH);
            default -> {
                // the guest printed what it did
            }
        }
    }

    /** The guest's kernel prints lines now (once the transaction commits). */
    private void kernelSays(Tx tx, DomainRecord d, Function<GuestOs, List<String>> lines) {
        DomainMeters.fold(d, tx.now());
        DomainTable.save(tx, d);
        ShutdownActions.notifyConsole(tx, d,
                (instance, guest, ran) -> guests.kernelLines(instance, guest, lines.apply(GuestOs.of(guest)), ran));
    }

    /** A shutdown request falls due: a running guest acts on it, a paused one once it runs. */
    void act(Tx tx, PendingEvent e) {
        DomainTable.find(tx, e.domid()).ifPresent(d -> {
            if (d.isShutdown()) {
                return;
            }
            if (d.pauseCount > 0) {
                PendingEvents.park(tx, e);
                return;
            }
            actions.guestShutsDown(tx, d, DomainRecord.reasonOf(e.reason()));
        });
    }

    static ShutdownReason reasonOf(GuestEvent event) {
        return switch (event) {
            case CRASH -> ShutdownReason.CRASH;
            case WATCHDOG -> ShutdownReason.WATCHDOG;
            case POWEROFF -> ShutdownReason.POWEROFF;
            case REBOOT -> ShutdownReason.REBOOT;
            case SOFT_RESET -> ShutdownReason.SOFT_RESET;
        };
    }

    private static String verb(GuestEvent event) {
        return switch (event) {
            case CRASH -> "crash";
            case WATCHDOG -> "trip its watchdog";
            case POWEROFF -> "power off";
            case REBOOT -> "reboot";
            case SOFT_RESET -> "soft-reset";
        };
    }
}
