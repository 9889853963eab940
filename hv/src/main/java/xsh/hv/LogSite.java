package xsh.hv;

import java.util.OptionalInt;

/**
 * Where Xen's C toolstack logs a failure, so that a front end can print the line as a real
 * {@code xl} does: libxl's {@code libxl: error: libxl_domain.c:688:domain_unpause_done: Domain 9:}
 * before the message, or libxc's {@code xc: error: panic: xg_dom_boot.c:119: }. Files, lines
 * and functions are those of Xen 4.17.
 *
 * <p>libxl's {@code LOGD}/{@code LOGED} macros name the domain ({@code Domain N:}), its
 * {@code LOG}/{@code LOGE} do not; {@link #namesDomain()} records which one the site uses.
 */
public record LogSite(Library library, String file, int line, String function, boolean namesDomain) {

    /** Which of Xen's libraries logs the line, and so how its prefix reads. */
    public enum Library { LIBXL, LIBXC }

    /** A {@code LOGD}/{@code LOGED}/{@code LOGEVD} site: the line names the domain. */
    public static LogSite libxlDomain(String file, int line, String function) {
        return new LogSite(Library.LIBXL, file, line, function, true);
    }

    /** A {@code LOG}/{@code LOGE}/{@code LOGEV} site: the line names no domain. */
    public static LogSite libxl(String file, int line, String function) {
        return new LogSite(Library.LIBXL, file, line, function, false);
    }

    /** libxc's {@code xc_dom_panic}, which names its file and line but not its function. */
    public static LogSite libxcPanic(String file, int line) {
        return new LogSite(Library.LIBXC, file, line, "", false);
    }

    /**
     * What xl prints before the message. {@code domid} is the domain the line is about, if
     * known; libxl leaves out {@code Domain N:} when it has no domid (as before a domain exists).
     */
    public String prefix(OptionalInt domid) {
        if (library == Library.LIBXC) {
            return "xc: error: panic: " + file + ":" + line + ": ";
        }
        String domain = namesDomain && domid.isPresent()
                ? "Domain " + Integer.toUnsignedString(domid.getAsInt()) + ":"
                : "";
        return "libxl: error: " + file + ":" + line + ":" + function + ": " + domain;
    }
}
