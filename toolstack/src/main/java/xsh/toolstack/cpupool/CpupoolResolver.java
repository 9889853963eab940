package xsh.toolstack.cpupool;

import java.util.Optional;
import xsh.cfg.cnum.CNumbers;
import xsh.error.XshException;
import xsh.hv.CpupoolInfo;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;

/**
 * How a command's pool argument becomes a pool, as libxl's
 * {@code libxl_cpupool_qualifier_to_cpupoolid}: digits only are a pool id (as
 * {@code strtoul} reads them, kept to 32 bits), anything else, the empty word included, the
 * exact name of a pool. Only {@code cpupool-list} takes names alone.
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
        if (isAllDigits(qualifier)) {
            int id = (int) CNumbers.strtoul(qualifier, 0, 10).value(); // libxl's uint32_t keeps the low bits
            return byId(hv, id);
        }
        return named(hv, qualifier);
    }

    /** libxl's qualifier_to_id test: at least one character, every one an ASCII digit. */
    static boolean isAllDigits(String qualifier) {
        return !qualifier.isEmpty() && qualifier.chars().allMatch(c -> c >= '0' && c <= '9');
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
