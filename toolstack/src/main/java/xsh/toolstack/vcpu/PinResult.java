package xsh.toolstack.vcpu;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * What {@code vcpu-pin} did.
 *
 * @param domid    the domain
 * @param vcpu     the vcpu, or -1 for all
 * @param hard     the hard affinity asked for; empty for {@code -}, left as it is
 * @param soft     the soft affinity asked for; empty for {@code -} or when not given
 * @param nrCpus   the host's pCPUs, the width xl prints a map with
 * @param applied  false for a dry run ({@code -N}), which changes nothing
 * @param warnings lines xl prints on stderr though it exits 0 (pinning all vcpus that failed)
 */
public record PinResult(int domid, int vcpu, Optional<BitSet> hard, Optional<BitSet> soft, int nrCpus,
                        boolean applied, List<String> warnings) {

    public PinResult {
        warnings = List.copyOf(warnings);
    }
}
