package xsh.toolstack.domain;

import java.math.BigInteger;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;

/**
 * xl's {@code find_domain}: how a command's domain argument becomes a domid. An argument of
 * digits only is a domid, taken as C's {@code strtoul} reads it and <em>not</em> checked to
 * exist (the command that uses it reports a missing domain in its own words); anything else
 * is the exact name of a domain. So the empty argument means domain 0, and a domain whose
 * name is all digits can only be addressed by its domid, as in xl.
 */
public final class DomainResolver {

    /** libxl's ERROR_INVAL, which xl shows for a name that matches no domain. */
    static final int ERROR_INVAL = -6;

    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private DomainResolver() {
    }

    /**
     * The domid {@code qualifier} stands for, as an unsigned 32-bit value in an int (xl's
     * {@code uint32_t}; print it with {@link Domids#text}).
     *
     * @throws XshException {@code NAME is an invalid domain identifier (rc=-6)}, exit code 1
     */
    public static int resolve(Hypervisor hv, String qualifier) {
        if (isAllDigits(qualifier)) {
            return domidOf(qualifier);
        }
        return hv.domainNamed(qualifier)
                .map(DomainInfo::domid)
                .orElseThrow(() -> invalid(qualifier));
    }

    /** libxl's test: every character an ASCII digit; vacuously true for the empty string. */
    static boolean isAllDigits(String qualifier) {
        for (int i = 0; i < qualifier.length(); i++) {
            char c = qualifier.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code strtoul(digits, NULL, 10)} stored in a {@code uint32_t}: an empty string is 0, a
     * value beyond {@code ULONG_MAX} saturates to it, and the result keeps its low 32 bits.
     */
    static int domidOf(String digits) {
        if (digits.isEmpty()) {
            return 0;
        }
        BigInteger value = new BigInteger(digits);
        if (value.compareTo(ULONG_MAX) > 0) {
            value = ULONG_MAX;
        }
        return value.intValue(); // the low 32 bits, as the assignment to uint32_t keeps
    }

    static XshException invalid(String qualifier) {
        return new XshException(qualifier + " is an invalid domain identifier (rc=" + ERROR_INVAL + ")", 1);
    }
}
