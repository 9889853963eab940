package xsh.shell.repl;

import java.util.Set;
import java.util.stream.Collectors;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.shell.GlobalOptions;
import xsh.shell.backend.HostConnector;

/**
 * The REPL's host's domain names, as of the last {@link #refresh}. A host that does not exist
 * yet is not made to list its domains: it has none, and the user has not asked for it.
 */
public final class HostDomainNames implements DomainNames {

    private final HostConnector hosts;
    private final GlobalOptions globals;
    private volatile Set<String> names = Set.of();

    public HostDomainNames(HostConnector hosts, GlobalOptions globals) {
        this.hosts = hosts;
        this.globals = globals;
    }

    @Override
    public Set<String> names() {
        return names;
    }

    /** Asks the host again; on any failure the names stay as they were (colour is no reason to fail). */
    public void refresh() {
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
