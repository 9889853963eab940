package xsh.toolstack.info;

import java.util.List;
import java.util.Optional;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainResolver;

/**
 * The domains {@code xl list} shows: all of them in domid order, or the one named. A domid
 * that resolves (digits are never checked) but does not exist is xl's
 * {@code Error: Domain '9' does not exist.}, naming the argument as given.
 */
public final class DomainListing {

    private DomainListing() {
    }

    public static List<DomainInfo> list(Hypervisor hv, Optional<String> domain) {
        if (domain.isEmpty()) {
            return hv.domains();
        }
        String argument = domain.get();
        int domid = DomainResolver.resolve(hv, argument);
        return List.of(hv.domain(domid).orElseThrow(
                () -> new XshException("Error: Domain '" + argument + "' does not exist.", 1)));
    }
}
