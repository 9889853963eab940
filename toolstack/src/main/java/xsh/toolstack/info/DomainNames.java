package xsh.toolstack.info;

import java.util.List;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.Domids;

/**
 * {@code xl domid NAME} and {@code xl domname ID}: a name to its domid and back, in xl's
 * words when there is none. domname reads its argument as C's {@code strtol} does (leading
 * blanks, a sign, digits up to the first other character) into a {@code uint32_t}.
 */
public final class DomainNames {

    private DomainNames() {
    }

    /** @throws XshException {@code Can't get domid of domain name 'X', maybe this domain does not exist.} */
    public static int domid(Hypervisor hv, String name) {
        return hv.domainNamed(name).map(DomainInfo::domid).orElseThrow(() -> new XshException(
                "Can't get domid of domain name '" + name + "', maybe this domain does not exist.", 1));
    }

    /**
     * @throws MultiLineException {@code Invalid domain id.} and a blank line for an argument
     *         without digits
     * @throws XshException {@code Can't get domain name of domain id 'N', maybe this domain does not exist.}
     */
    public static String name(Hypervisor hv, String argument) {
        int domid = strtolDomid(argument);
        return hv.domain(domid).map(DomainInfo::name).orElseThrow(() -> new XshException(
                "Can't get domain name of domain id '" + Domids.text(domid) + "', maybe this domain does not exist.", 1));
    }

    /** {@code strtol(arg, &end, 10)} kept in 32 bits; no digits at all is xl's "Invalid domain id.". */
    static int strtolDomid(String argument) {
        int i = 0;
        while (i < argument.length() && " \t\n\u000b\f\r".indexOf(argument.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < argument.length() && (argument.charAt(i) == '+' || argument.charAt(i) == '-')) {
            negative = argument.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        while (i < argument.length() && argument.charAt(i) >= '0' && argument.charAt(i) <= '9') {
            int digit = argument.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                overflow = true;
            } else {
                value = value * 10 + digit;
            }
            i++;
        }
        if (i == digitsStart) {
            throw new MultiLineException(List.of("Invalid domain id.", ""), 1);
        }
        if (overflow) {
            value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (negative) {
            value = -value;
        }
        return (int) value; // the low 32 bits, as the assignment to uint32_t keeps
    }
}
