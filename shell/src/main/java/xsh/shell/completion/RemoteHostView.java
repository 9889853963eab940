package xsh.shell.completion;

import groovy.json.JsonSlurper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import xsh.shell.remote.SshSession;

/**
 * What completion offers of a remote host, read through its own xsh over the session's master
 * connection: {@code xsh --json list} and {@code --json cpupool-list} for the domains and pools,
 * {@code xsh zfs list -H -o name -t all} for datasets and snapshots. A read that fails offers
 * nothing, as for an embedded host; so does a host not connected yet: a read in the background
 * never logs in (ssh might ask for a password on the terminal the user types at), the first
 * command, or {@code connect}, does.
 */
final class RemoteHostView {

    private RemoteHostView() {
    }

    static HostView.Domains domains(SshSession session) {
        // both at once, each a session of the master: a remote xsh's start is most of a read's time
        CompletableFuture<List<Map<?, ?>>> pools = CompletableFuture.supplyAsync(() -> objects(session, "cpupool-list"));
        List<DomainEntry> domains = new ArrayList<>();
        for (Map<?, ?> domain : objects(session, "list")) {
            Map<?, ?> state = (Map<?, ?>) domain.get("state");
            domains.add(new DomainEntry(((Number) domain.get("domid")).intValue(), (String) domain.get("name"),
                    Boolean.TRUE.equals(state.get("paused")), state.get("shutdown") != null,
                    Boolean.TRUE.equals(state.get("dying"))));
        }
        List<String> poolNames = pools.join().stream().map(pool -> (String) pool.get("name")).toList();
        return new HostView.Domains(List.copyOf(domains), poolNames);
    }

    static HostView.Datasets datasets(SshSession session) {
        SshSession.Output names = session.captureIfConnected(List.of("zfs", "list", "-H", "-o", "name", "-t", "all"));
        return names.exitCode() == 0 ? HostView.Datasets.of(names.stdout().lines().toList()) : HostView.Datasets.EMPTY;
    }

    private static List<Map<?, ?>> objects(SshSession session, String command) {
        SshSession.Output json = session.captureIfConnected(List.of("--json", command));
        if (json.exitCode() != 0) {
            return List.of();
        }
        List<Map<?, ?>> objects = new ArrayList<>();
        for (Object item : (List<?>) new JsonSlurper().parseText(json.stdout())) {
            objects.add((Map<?, ?>) item);
        }
        return objects;
    }
}
