package xsh.toolstack.cpupool;

import java.util.Optional;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.Conversion;
import xsh.error.XshException;
import xsh.hv.CpupoolInfo;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;

/**
 * How a command's pool argument becomes a pool, as libxl's
 * {@code libxl_cpupool_qualifier_to_cpupoolid}: a number {@code strtoul} reads whole is a pool
 * id, anything else the exact name of a pool. Only {@code cpupool-list} takes names alone.
 */
public final class CpupoolResolver {

    /** The pool Xen boots with, which holds Domain-0: the default of {@code sched-credit -s}. */
    public static final int POOL_0 = 0;

    private CpupoolResolver() {
    }

    /** @throws XshException {@code unknown cpupool 'X'}, exit code 1 */
    public static CpupoolInfo resolve(Hypervisor hv, String qualifier) {
        return find(hv, qualifier).orElseThrow(() -> unknown(qualifier));
    }

    public static Optional<CpupoolInfo> find(Hypervisor hv, String qualifier) {
        Conversion id = CNumbers.strtoul(qualifier, 0, 10);
        if (id.end() > 0 && id.end() == qualifier.length()) {
            return hv.cpupools().stream().filter(p -> Integer.toUnsignedLong(p.id()) == id.value()).findFirst();
        }
        return named(hv, qualifier);
    }

    /** The pool of this exact name ({@code libxl_name_to_cpupoolid}). */
    public static Optional<CpupoolInfo> named(Hypervisor hv, String name) {
        return hv.cpupools().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static Optional<CpupoolInfo> byId(Hypervisor hv, int id) {
        return hv.cpupools().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The pool a domain runs in. */
    public static Optional<CpupoolInfo> of(Hypervisor hv, DomainInfo domain) {
        return named(hv, domain.pool());
    }

    public static XshException unknown(String qualifier) {
        return new XshException("unknown cpupool '" + qualifier + "'", 1);
    }
}
