package xsh.toolstack.domain;

import xsh.hv.HvException;

/**
 * libxl's error line for a domain, as the face shows it. The hypervisor SPI gives libxl's
 * words without the {@code Domain N:} that libxl's {@code LOGD} puts before a domain's
 * message; xsh puts it back, so the line names the domain as libxl's log does
 * ({@code Domain 9:Non-existant domain}).
 */
public final class LibxlLines {

    private LibxlLines() {
    }

    public static String forDomain(int domid, HvException e) {
        return "Domain " + Domids.text(domid) + ":" + e.getMessage();
    }
}
