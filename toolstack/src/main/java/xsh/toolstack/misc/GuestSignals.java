package xsh.toolstack.misc;

import java.util.List;
import java.util.Optional;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.Trigger;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.LibxlLines;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code xl trigger} and {@code xl sysrq}: the domain argument is resolved first, then the
 * trigger name (any case) or the key (one character) is checked, then one hypervisor call.
 * xl ignores what libxl answers and exits 0; xsh reports a refusal with libxl's line and
 * {@code trigger failed (rc=N)}, which the xl front end prints and ignores.
 */
public final class GuestSignals {

    private final Hypervisor hv;
    private final boolean xlCompatible;

    /** @param xlCompatible tell libxl's failures as xl prints them, prefix and all */
    public GuestSignals(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    /**
     * @param vcpu the optional VCPU argument, read as {@code strtol} does; without digits xl
     *             warns {@code Invalid vcpuid, using default vcpuid=0.} and a blank line
     * @return the domid
     * @throws XshException {@code Invalid trigger "X"} (exit 1)
     * @throws MultiLineException libxl's refusal and {@code trigger failed (rc=N)}
     */
    public int trigger(String domain, String name, Optional<String> vcpu, Notices notices) {
        int domid = DomainResolver.resolve(hv, domain);
        Trigger trigger = Trigger.named(name)
                .orElseThrow(() -> new XshException("Invalid trigger \"" + name + "\"", 1));
        int vcpuId = vcpu.map(text -> vcpuOf(text, notices)).orElse(0);
        try {
            hv.trigger(domid, trigger, vcpuId);
        } catch (HvException e) {
            throw failed("trigger", domid, e);
        }
        return domid;
    }

    /**
     * @return the domid
     * @throws InvalidSysrqException for anything but one character
     * @throws MultiLineException libxl's refusal and {@code sysrq failed (rc=N)}
     */
    public int sysrq(String domain, String key) {
        int domid = DomainResolver.resolve(hv, domain);
        if (key.length() != 1) {
            throw new InvalidSysrqException();
        }
        try {
            hv.sysrq(domid, key.charAt(0));
        } catch (HvException e) {
            throw failed("sysrq", domid, e);
        }
        return domid;
    }

    /** {@code xl dmesg [-c]}: the hypervisor's console ring, emptied after reading with {@code clear}. */
    public static String dmesg(Hypervisor hv, boolean clear) {
        return hv.dmesg(clear);
    }

    /** strtol of the vcpu argument; a number with trailing junk is its number, as in C. */
    static int vcpuOf(String text, Notices notices) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[ \\t\\n\\x0b\\f\\r]*([+-]?\\d+)").matcher(text);
        if (!m.find()) {
            notices.notice("Invalid vcpuid, using default vcpuid=0.");
            notices.notice("");
            return 0;
        }
        try {
            return Integer.parseInt(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        } catch (NumberFormatException tooLong) {
            return m.group(1).startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }

    private MultiLineException failed(String what, int domid, HvException e) {
        return new MultiLineException(
                List.of(LibxlLines.forDomain(domid, e, xlCompatible), what + " failed (rc=" + e.error().rc() + ")"), 1, e);
    }
}
