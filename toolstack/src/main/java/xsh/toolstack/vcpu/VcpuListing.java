package xsh.toolstack.vcpu;

import java.util.List;

/**
 * What {@code vcpu-list} shows.
 *
 * @param nrCpus   the host's {@code max_cpu_id + 1}: affinities are printed over that many bits
 * @param domains  the domains asked for, in order (all of them, Domain-0 first, without arguments)
 * @param problems libxl's lines for domains that could not be listed; only under xl, which
 *                 goes on with the next domain and exits 0
 */
public record VcpuListing(int nrCpus, List<DomainVcpus> domains, List<String> problems) {

    public VcpuListing {
        domains = List.copyOf(domains);
        problems = List.copyOf(problems);
    }
}
