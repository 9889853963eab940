package xsh.hv;

import java.util.Optional;
import xsh.error.XshException;

/**
 * A refused or failed hypervisor operation: libxl's error code, and a message in libxl's
 * words naming the domain, pool or path. Nothing changed on the host (except where an
 * operation says otherwise, as cpupool-cpu-add does for the pCPUs that could move).
 *
 * <p>The message is the text libxl (or libxc, where libxl only passes the failure on) logs
 * after its {@code libxl: error: FILE:LINE:FUNCTION: } prefix and without the
 * {@code Domain N:} prefix libxl adds for a domain's messages, e.g.
 * {@code Domain with name "web" already exists.}; where neither logs anything, xl's own
 * words (e.g. {@code Not destroying domain 0; use -f to force.}). Where libxl or libxc logs
 * the failure, {@link #site()} says where, so the xl front end can print the line whole.
 */
public class HvException extends XshException {

    private final HvError error;
    private final LogSite site;

    /** A failure libxl does not log: xl's own words, or xsh's. */
    public HvException(HvError error, String message) {
        this(error, null, message);
    }

    /** A failure libxl (or libxc) logs at {@code site}. */
    public HvException(HvError error, LogSite site, String message) {
        super(message, 1);
        this.error = error;
        this.site = site;
    }

    /** Where Xen's toolstack logs this failure, if it does. */
    public Optional<LogSite> site() {
        return Optional.ofNullable(site);
    }

    public HvError error() {
        return error;
    }
}
