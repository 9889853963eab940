package xsh.toolstack.vcpu;

import java.util.List;
import java.util.Optional;
import xsh.error.XshException;

/**
 * What {@code vcpu-list} shows.
 *
 * @param nrCpus   the host's {@code max_cpu_id + 1}: affinities are printed over that many bits
 * @param domains  the domains asked for, in order (all of them, Domain-0 first, without arguments)
 * @param problems libxl's lines for domains that could not be listed; only under xl, which
 *                 goes on with the next domain and exits 0
 * @param stop     under xl, a domain argument that names no domain: xl prints the rows before
 *                 it, then this error, and exits
 */
public record VcpuListing(int nrCpus, List<DomainVcpus> domains, List<String> problems, Optional<XshException> stop) {

    public VcpuListing {
        domains = List.copyOf(domains);
        problems = List.copyOf(problems);
    }
}
