package xsh.toolstack.console;

import java.util.List;
import java.util.Optional;
import xsh.cfg.domain.DomainType;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainResolver;

/**
 * One attachment to a domain's console, as xenconsole has it: the output so far, then what
 * the guest writes after it, until the domain is gone or shut down.
 *
 * <p>Which consoles a domain has follows libxl: every guest has PV console 0; an HVM
 * guest also has serial port 0, its primary console; no x86 guest has a vUART. Asking for
 * another, or for a domain that does not exist, is xl's {@code Unable to attach console}.
 */
public final class ConsoleSession {

    static final String UNABLE = "Unable to attach console";

    private final Hypervisor hv;
    private final int domid;
    private int seen;

    private ConsoleSession(Hypervisor hv, int domid) {
        this.hv = hv;
        this.domid = domid;
    }

    /**
     * @param type empty: the domain's primary console
     * @param num  the console's number ({@code -n}, read with {@code atoi})
     * @throws XshException {@code Unable to attach console}
     */
    public static ConsoleSession attach(Hypervisor hv, String domain, Optional<ConsoleType> type, int num) {
        int domid = DomainResolver.resolve(hv, domain);
        DomainInfo d = hv.domain(domid).orElseThrow(() -> new XshException(UNABLE, 1));
        if (type.isPresent() && !has(d, type.get(), num)) {
            throw new XshException(UNABLE, 1);
        }
        return new ConsoleSession(hv, domid);
    }

    /** {@code xl console -n}: C's {@code atoi}, 0 for anything that does not start with a number. */
    public static int number(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([+-]?\\d{1,9})").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1).replace("+", "")) : 0;
    }

    private static boolean has(DomainInfo d, ConsoleType type, int num) {
        return switch (type) {
            case PV -> num == 0;
            case SERIAL -> num == 0 && d.type() == DomainType.HVM;
            case VUART -> false;
        };
    }

    public int domid() {
        return domid;
    }

    /** What the guest wrote since the last call (everything so far on the first). */
    public List<String> newLines() {
        try {
            List<String> lines = hv.console(domid).linesAfter(seen);
            seen += lines.size();
            return lines;
        } catch (HvException gone) {
            return List.of();
        }
    }

    /** Whether the guest can still write: the domain exists and has not shut down. */
    public boolean alive() {
        return hv.domain(domid).map(d -> !d.state().isShutdown() && !d.state().dying()).orElse(false);
    }
}
