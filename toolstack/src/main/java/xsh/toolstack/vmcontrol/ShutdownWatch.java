package xsh.toolstack.vmcontrol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;

/**
 * {@code -w}: waits, with no time limit as xl has none, until each domain has shut down or
 * is gone ({@code -ww}: is gone), telling each as xl's {@code wait_for_domain_deaths} logs it.
 * libxl reports a dying or vanished domain as its death and a shut-down one, once, by its
 * reason code; the host is polled, since every call sees it as it is now.
 */
final class ShutdownWatch {

    static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    /** What a shell exits with after SIGINT; here, an interrupted wait. */
    static final int INTERRUPTED_EXIT = 130;

    private final Hypervisor hv;
    private final Notices notices;
    private final Sleeper sleeper;
    /** Under {@code -ww}, the domains whose shutdown has been told: libxl tells it once. */
    private final Set<Integer> toldShutDown = new HashSet<>();

    ShutdownWatch(Hypervisor hv, Notices notices, Sleeper sleeper) {
        this.hv = hv;
        this.notices = notices;
        this.sleeper = sleeper;
    }

    void await(List<Integer> domids, ShutdownOptions.Wait wait) {
        notices.notice("Waiting for " + domids.size() + " domains");
        List<Integer> pending = new ArrayList<>(domids);
        while (true) {
            pending.removeIf(domid -> reportedDown(domid, wait));
            if (pending.isEmpty()) {
                return;
            }
            try {
                sleeper.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new XshException("interrupted while waiting for " + pending.size() + " domains", INTERRUPTED_EXIT, e);
            }
        }
    }

    /** Tells what became of the domain; returns whether the wait for it is over. */
    private boolean reportedDown(int domid, ShutdownOptions.Wait wait) {
        Optional<DomainInfo> domain = hv.domain(domid);
        if (domain.isEmpty() || domain.get().state().dying()) {
            notices.notice("Domain " + domid + " has been destroyed");
            return true;
        }
        return domain.get().state().shutdown().map(reason -> {
            if (wait == ShutdownOptions.Wait.SHUTDOWN_OR_DEATH) {
                notices.notice("Domain " + domid + " has been shut down, reason code " + reason.code());
                return true;
            }
            if (toldShutDown.add(domid)) {
                notices.notice("Domain " + domid + " has been shut down, reason code " + reason.code());
                notices.notice("Domain " + domid + " continue waiting for death");
            }
            return false;
        }).orElse(false);
    }
}
