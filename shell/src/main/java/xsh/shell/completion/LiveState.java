package xsh.shell.completion;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jline.reader.LineReader;
import xsh.hv.CpupoolInfo;
import xsh.hv.HostProvider;
import xsh.hv.Hypervisor;
import xsh.hv.HvException;
import xsh.shell.XshCommand;

/**
 * The state of the selected host that Tab offers: domains with their state, cpupools, datasets
 * and snapshots, and the embedded hosts' names. Each part is a {@link CachedValue} read on one
 * background daemon thread: when the REPL has started (the prompt is about to show), when
 * the prompt comes back after a command, and behind a Tab that found it old. A Tab itself only
 * waits for the very first read, or briefly for the read that follows a command.
 *
 * <p>A Tab never makes a host: a name that has no host yet offers nothing.
 */
public final class LiveState {

    /** The mark of the reads made before the REPL's reader was known: older than any command count. */
    private static final long BEFORE_ANY_TAB = Long.MIN_VALUE;

    private final XshCommand root;
    private final ScheduledExecutorService executor;
    private final CompletionTiming timing;
    private final CachedValue<HostView.Domains> domains;
    private final CachedValue<HostView.Datasets> datasets;
    private LineReader watched; // guarded by this

    LiveState(XshCommand root, CompletionTiming timing, LongSupplier nanoTime) {
        this.root = root;
        this.timing = timing;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "xsh-completion");
            thread.setDaemon(true); // never keeps the REPL from exiting
            return thread;
        });
        this.domains = new CachedValue<>(host -> read(host, LiveState::domainsOf, HostView.Domains.EMPTY),
                HostView.Domains.EMPTY, executor, nanoTime, timing);
        this.datasets = new CachedValue<>(host -> read(host, LiveState::datasetsOf, HostView.Datasets.EMPTY),
                HostView.Datasets.EMPTY, executor, nanoTime, timing);
    }

    /** For the REPL: reads the host at once, while the user types, so that the first Tab finds the state ready. */
    static LiveState started(XshCommand root, CompletionTiming timing) {
        LiveState state = new LiveState(root, timing, System::nanoTime);
        state.executor.schedule(state::warmUp, timing.warmUpDelay().toMillis(), TimeUnit.MILLISECONDS);
        return state;
    }

    HostView.Domains domains(LineReader reader) {
        String host = selectedHost();
        return host == null ? HostView.Domains.EMPTY : domains.get(host, mark(reader));
    }

    HostView.Datasets datasets(LineReader reader) {
        String host = selectedHost();
        return host == null ? HostView.Datasets.EMPTY : datasets.get(host, mark(reader));
    }

    /** The embedded hosts' names: a directory listing, cheap enough for a Tab. */
    List<String> hostNames() {
        try {
            return root.hosts().provider(root.globals()).names();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Called on each Tab: from the first, the prompt is watched so that reads follow commands. */
    void watch(LineReader reader) {
        synchronized (this) {
            if (reader == null || watched != null) {
                return;
            }
            watched = reader;
        }
        long poll = timing.promptPoll().toMillis();
        executor.scheduleWithFixedDelay(() -> refreshAfterCommand(reader), poll, poll, TimeUnit.MILLISECONDS);
    }

    private void warmUp() {
        String host = selectedHost();
        if (host != null) {
            domains.warmUp(host, BEFORE_ANY_TAB);
            datasets.warmUp(host, BEFORE_ANY_TAB);
        }
    }

    private void refreshAfterCommand(LineReader reader) {
        if (!reader.isReading()) {
            return; // a command is running: what it changes is read when the prompt is back
        }
        String host = selectedHost();
        if (host != null) {
            long mark = mark(reader);
            domains.refreshIfStale(host, mark);
            datasets.refreshIfStale(host, mark);
        }
    }

    /**
     * How many lines the REPL has accepted: the index of the last history entry, which only
     * grows. A value read before a command ran has a smaller mark than the Tab after it.
     */
    static long mark(LineReader reader) {
        return reader == null ? 0 : reader.getHistory().last();
    }

    /** The host the REPL's global options select, or null when it is not an embedded host that can be read. */
    private String selectedHost() {
        try {
            root.hosts().provider(root.globals());
            return root.hosts().hostName(root.globals());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private <T> T read(String host, Function<Hypervisor, T> query, T empty) {
        HostProvider provider = root.hosts().provider(root.globals());
        if (!provider.names().contains(host)) {
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
