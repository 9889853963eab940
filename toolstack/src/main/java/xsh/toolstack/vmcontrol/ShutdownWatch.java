package xsh.toolstack.vmcontrol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;

/**
 * {@code -w}: waits, with no time limit as xl has none, until each domain has shut down or
 * is gone, telling each as xl's {@code wait_for_domain_deaths} logs it. libxl reports a
 * dying or vanished domain as its death and a shut-down one by its reason code; the host is
 * polled, since every call sees it as it is now.
 */
final class ShutdownWatch {

    static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    /** What a shell exits with after SIGINT; here, an interrupted wait. */
    static final int INTERRUPTED_EXIT = 130;

    private final Hypervisor hv;
    private final Notices notices;
    private final Sleeper sleeper;

    ShutdownWatch(Hypervisor hv, Notices notices, Sleeper sleeper) {
        this.hv = hv;
        this.notices = notices;
        this.sleeper = sleeper;
    }

    void await(List<Integer> domids) {
        notices.notice("Waiting for " + domids.size() + " domains");
        List<Integer> pending = new ArrayList<>(domids);
        while (true) {
            pending.removeIf(this::reportedDown);
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

    /** Tells and returns whether the domain has died or shut down. */
    private boolean reportedDown(int domid) {
        Optional<DomainInfo> domain = hv.domain(domid);
        if (domain.isEmpty() || domain.get().state().dying()) {
            notices.notice("Domain " + domid + " has been destroyed");
            return true;
        }
        return domain.get().state().shutdown().map(reason -> {
            notices.notice("Domain " + domid + " has been shut down, reason code " + reason.code());
            return true;
        }).orElse(false);
    }
}
