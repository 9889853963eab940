package xsh.shell.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import xsh.hv.CpupoolInfo;
import xsh.hv.HostProvider;
import xsh.hv.Hypervisor;
import xsh.hv.HvException;
import xsh.shell.GlobalOptions;
import xsh.shell.XshCommand;
import xsh.shell.remote.SshSession;
import xsh.shell.remote.SshTarget;

/**
 * The state of the selected host that Tab offers: domains with their state, cpupools, datasets
 * and snapshots (of an embedded host, or of a remote one read through its xsh), and the hosts'
 * names; and the domain names the prompt draws as such. Each part is a {@link CachedValue} read
 * on one background daemon thread: when the REPL has started (the prompt is about to show), as soon as
 * each command has run, and behind a Tab that found it old. A Tab is served from memory at once;
 * it waits only for the very first read, or, briefly, for the read that follows a command that
 * has just run (it may have changed what Tab offers), when that read has not landed yet.
 *
 * <p>A Tab never makes a host: a name that has no host yet offers nothing.
 */
public final class LiveState {

    private final XshCommand root;
    private final ScheduledExecutorService executor;
    private final CompletionTiming timing;
    private final CachedValue<HostView.Domains> domains;
    private final CachedValue<HostView.Datasets> datasets;
    private volatile NamesOf names = new NamesOf(null, Set.of());

    /** The domain names of one read, kept while it is the latest: drawing asks at every keystroke. */
    private record NamesOf(HostView.Domains domains, Set<String> names) {
    }

    LiveState(XshCommand root, CompletionTiming timing, LongSupplier nanoTime) {
        this.root = root;
        this.timing = timing;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "xsh-completion");
            thread.setDaemon(true); // never keeps the REPL from exiting
            return thread;
        });
        this.domains = new CachedValue<>(
                host -> read(host, LiveState::domainsOf, RemoteHostView::domains, HostView.Domains.EMPTY),
                HostView.Domains.EMPTY, executor, nanoTime, timing);
        this.datasets = new CachedValue<>(
                host -> read(host, LiveState::datasetsOf, RemoteHostView::datasets, HostView.Datasets.EMPTY),
                HostView.Datasets.EMPTY, executor, nanoTime, timing);
    }

    /** For the REPL: reads the host at once, while the user types, so that the first Tab finds the state ready. */
    static LiveState started(XshCommand root, CompletionTiming timing) {
        LiveState state = new LiveState(root, timing, System::nanoTime);
        state.executor.schedule(state::warmUp, timing.warmUpDelay().toMillis(), TimeUnit.MILLISECONDS);
        root.afterEachCommand(() -> state.executor.execute(state::refreshAfterCommand));
        return state;
    }

    HostView.Domains domains() {
        String host = selectedHost();
        return host == null ? HostView.Domains.EMPTY : domains.get(host, mark());
    }

    HostView.Datasets datasets() {
        String host = selectedHost();
        return host == null ? HostView.Datasets.EMPTY : datasets.get(host, mark());
    }

    /**
     * The names of the domains as last read, at once: the line is drawn at every keystroke, so
     * this never reads the host nor waits for it.
     */
    Set<String> domainNames() {
        String host = selectedHost();
        if (host == null) {
            return Set.of();
        }
        HostView.Domains now = domains.peek(host);
        NamesOf seen = names;
        if (seen.domains() != now) {
            seen = new NamesOf(now, now.domains().stream().map(DomainEntry::name).collect(Collectors.toUnmodifiableSet()));
            names = seen;
        }
        return seen.names();
    }

    /**
     * Where {@code migrate} can send a domain without ssh: {@code local:NAME} for every other
     * embedded host (a remote one is named by its ssh host, which xsh cannot guess).
     */
    List<String> migrationTargets() {
        List<String> targets = new ArrayList<>();
        try {
            String current = root.hosts().hostName(root.globals());
            for (String name : root.hosts().provider(root.globals()).names()) {
                if (!name.equals(current)) {
                    targets.add("local:" + name);
                }
            }
        } catch (RuntimeException e) {
            // a remote session: its embedded hosts are not this machine's
        }
        return targets;
    }

    /** The embedded hosts' names (a directory listing, cheap enough for a Tab), then the remote hosts remembered. */
    List<String> hostNames() {
        List<String> names = new ArrayList<>();
        try {
            names.addAll(root.hosts().provider(root.globals()).names());
        } catch (RuntimeException e) {
            // no embedded hosts to offer
        }
        try {
            names.addAll(root.hosts().remotes().remembered().names());
        } catch (RuntimeException e) {
            // nor remote ones
        }
        return names;
    }

    private void warmUp() {
        String host = selectedHost();
        if (host != null) {
            long mark = mark(); // the first Tab takes this read, unless a command has run since
            domains.warmUp(host, mark);
            datasets.warmUp(host, mark);
        }
    }

    /** Reads again what a command that has just run may have changed, before a Tab asks for it. */
    private void refreshAfterCommand() {
        String host = selectedHost();
        if (host != null) {
            long mark = mark();
            domains.refreshIfStale(host, mark);
            datasets.refreshIfStale(host, mark);
        }
    }

    /**
     * How many commands the REPL's table has run. A value read before a command ran has a
     * smaller mark than a Tab after it; a line that ran no command (an empty one, a syntax
     * error) leaves it as it was.
     */
    private long mark() {
        return root.commandsRun();
    }

    /**
     * The host of the REPL's session (the one the prompt shows: xsh's, or connect's), or null
     * when it is not a host that can be read.
     */
    private String selectedHost() {
        String host = root.globals().sessionHost();
        if (root.hosts().runsRemoteXsh(root.globals(), host)) {
            return host;
        }
        try {
            root.hosts().provider(root.globals());
            return root.globals().backend() == GlobalOptions.Backend.xen
                    ? root.hosts().hostName(root.globals()) : root.hosts().hostName(host);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads an embedded host with {@code query}, a remote one (through its xsh) with {@code remote}. */
    private <T> T read(String host, Function<Hypervisor, T> query, Function<SshSession, T> remote, T empty) {
        if (root.hosts().runsRemoteXsh(root.globals(), host)) {
            return remote.apply(root.hosts().remotes().session(host));
        }
        HostProvider provider = root.hosts().provider(root.globals());
        if (!root.hosts().exists(root.globals(), host)) {
            return empty;
        }
        try (Hypervisor hv = provider.open(host)) {
            return query.apply(hv);
        }
    }

    private static HostView.Domains domainsOf(Hypervisor hv) {
        return new HostView.Domains(hv.domains().stream().map(DomainEntry::of).toList(),
                hv.cpupools().stream().map(CpupoolInfo::name).toList());
    }

    private static HostView.Datasets datasetsOf(Hypervisor hv) {
        try {
            return HostView.Datasets.of(hv.storage().names());
        } catch (HvException e) {
            return HostView.Datasets.EMPTY; // a host without storage
        }
    }
}
