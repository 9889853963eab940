package xsh.toolstack.vmcontrol;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import xsh.error.MultiLineException;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainFileNames;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.LibxlLines;

/**
 * {@code pause}, {@code unpause}, {@code destroy} and {@code rename}: a domain argument
 * resolved as xl resolves it, then one hypervisor call. Where xl ignores a failure (pause
 * and unpause exit 0 whatever libxl says) xsh reports it and fails, with libxl's line and a
 * line in the style of xl's {@code destroy failed (rc=N)}; the {@code ...AsXl} calls do what
 * xl does, for the xl front end.
 */
public final class VmControl {

    /**
     * A call whose failure xl leaves to libxl's log: the domain, and libxl's line if it failed.
     * A domain that cannot be found is still an error.
     */
    public record LoggedCall(int domid, Optional<String> libxlError) {
    }

    static final List<String> DOMAIN_0_DESTROY = List.of(
            "Not destroying domain 0; use -f to force.",
            "This can only be done when using a disaggregated hardware domain and toolstack.",
            "");

    private final Hypervisor hv;
    private final boolean xlCompatible;

    /** @param xlCompatible tell libxl's failures as xl prints them, prefix and all */
    public VmControl(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    /** Pauses the domain once more (pauses nest); returns its domid. */
    public int pause(String domain) {
        int domid = DomainResolver.resolve(hv, domain);
        try {
            hv.pause(domid);
        } catch (HvException e) {
            throw failed("pause", domid, e);
        }
        return domid;
    }

    /** Undoes one pause; returns the domid. */
    public int unpause(String domain) {
        int domid = DomainResolver.resolve(hv, domain);
        try {
            hv.unpause(domid);
        } catch (HvException e) {
            throw failed("unpause", domid, e);
        }
        return domid;
    }

    /** xl's pause: a pause that fails is libxl's line, not a failure of the command. */
    public LoggedCall pauseAsXl(String domain) {
        return logged(domain, hv::pause);
    }

    /** xl's unpause: an unpause that fails is libxl's line, not a failure of the command. */
    public LoggedCall unpauseAsXl(String domain) {
        return logged(domain, hv::unpause);
    }

    private LoggedCall logged(String domain, IntConsumer call) {
        int domid = DomainResolver.resolve(hv, domain);
        try {
            call.accept(domid);
            return new LoggedCall(domid, Optional.empty());
        } catch (HvException e) {
            return new LoggedCall(domid, Optional.of(LibxlLines.forDomain(domid, e, true)));
        }
    }

    /**
     * Destroys the domain whatever its state; Domain-0 only with {@code force}, as xl.
     *
     * @return the destroyed domain's domid
     */
    public int destroy(String domain, boolean force) {
        int domid = DomainResolver.resolve(hv, domain);
        if (domid == 0 && !force) {
            throw new MultiLineException(DOMAIN_0_DESTROY, 1);
        }
        try {
            hv.destroy(domid, force);
        } catch (HvException e) {
            throw failed("destroy", domid, e);
        }
        return domid;
    }

    /**
     * Renames the domain; libxl's reason, then {@code Can't rename domain 'X'.} on failure. A
     * name {@link DomainFileNames} refuses is refused the same way, before the host is asked.
     */
    public int rename(String domain, String newName) {
        int domid = DomainResolver.resolve(hv, domain);
        Optional<String> refusal = DomainFileNames.refusal(newName);
        if (refusal.isPresent()) {
            throw new MultiLineException(List.of(refusal.get(), "Can't rename domain '" + domain + "'."), 1);
        }
        try {
            hv.rename(domid, newName);
        } catch (HvException e) {
            throw new MultiLineException(List.of(LibxlLines.of(e, OptionalInt.of(domid), xlCompatible), "Can't rename domain '" + domain + "'."), 1, e);
        }
        return domid;
    }

    private MultiLineException failed(String what, int domid, HvException e) {
        return new MultiLineException(
                List.of(LibxlLines.forDomain(domid, e, xlCompatible), what + " failed (rc=" + e.error().rc() + ")"), 1, e);
    }
}
