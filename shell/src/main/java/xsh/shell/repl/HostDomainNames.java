package xsh.shell.repl;

import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.shell.GlobalOptions;
import xsh.shell.backend.HostConnector;

/**
 * The REPL's host's domain names, as of the last refresh. Refreshes run on a thread of their
 * own, so the prompt never waits for the host: a name is coloured once the host has been
 * asked. A host that does not exist yet is not made to list its domains: it has none, and the
 * user has not asked for it.
 */
public final class HostDomainNames implements DomainNames {

    private final HostConnector hosts;
    private final GlobalOptions globals;
    private volatile Set<String> names = Set.of();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "xsh-domain-names");
        thread.setDaemon(true); // colour is never a reason to keep xsh running
        return thread;
    });

    public HostDomainNames(HostConnector hosts, GlobalOptions globals) {
        this.hosts = hosts;
        this.globals = globals;
    }

    @Override
    public Set<String> names() {
        return names;
    }

    /** Asks the host again, soon; a refresh already waiting to run serves. */
    public void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            refresher.execute(() -> {
                refreshPending.set(false);
                refresh();
            });
        }
    }

    /** Asks the host now; on any failure the names stay as they were (colour is no reason to fail). */
    void refresh() {
        try {
            String host = hosts.hostName(globals);
            if (!hosts.provider(globals).names().contains(host)) {
                return;
            }
            try (Hypervisor hv = hosts.open(globals)) {
                names = hv.domains().stream().map(DomainInfo::name).collect(Collectors.toUnmodifiableSet());
            }
        } catch (RuntimeException e) {
            // keep the names last seen
        }
    }
}
