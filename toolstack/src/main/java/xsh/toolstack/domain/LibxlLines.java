package xsh.toolstack.domain;

import java.util.OptionalInt;
import xsh.hv.HvException;
import xsh.hv.LogSite;

/**
 * libxl's error lines, as the face shows them. The hypervisor SPI gives libxl's words and,
 * where libxl logs the failure, its {@link LogSite}. xsh names the domain as libxl's log does
 * ({@code Domain 9:Unpausing domain: Invalid argument}); under the xl front end the line is
 * xl's whole, with libxl's prefix
 * ({@code libxl: error: libxl_domain.c:688:domain_unpause_done: Domain 9:Unpausing domain: Invalid argument}).
 */
public final class LibxlLines {

    private LibxlLines() {
    }

    /** The line for a failure concerning a domain. */
    public static String forDomain(int domid, HvException e, boolean xlCompatible) {
        if (xlCompatible && e.site().isPresent()) {
            return e.site().get().prefix(OptionalInt.of(domid)) + e.getMessage();
        }
        return "Domain " + Domids.text(domid) + ":" + e.getMessage();
    }

    /**
     * The line for a failure xsh tells without naming a domain (making or building one):
     * libxl's words, under the xl front end with libxl's prefix; {@code domid} is the domain
     * libxl names, when known.
     */
    public static String of(HvException e, OptionalInt domid, boolean xlCompatible) {
        return xlCompatible && e.site().isPresent() ? e.site().get().prefix(domid) + e.getMessage() : e.getMessage();
    }

    /** A line the toolstack itself words as libxl logs it at {@code site}. */
    public static String of(LogSite site, OptionalInt domid, String message, boolean xlCompatible) {
        return xlCompatible ? site.prefix(domid) + message : message;
    }
}
