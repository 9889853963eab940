package xsh.toolstack.vmcontrol;

import java.util.List;
import java.util.Optional;
import xsh.error.MultiLineException;
import xsh.hv.DomainInfo;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.Domids;
import xsh.toolstack.domain.LibxlLines;

/**
 * {@code xl shutdown} and {@code xl reboot}: ask one domain, or with {@code -a} every domain
 * but Domain-0, to power off or reboot, and with {@code -w} wait until they have (with
 * {@code -ww}, until they are gone). Each step
 * is told through {@link Notices} as xl tells it on stderr; the first failure ends the
 * command, as xl's {@code exit(EXIT_FAILURE)} does, with the domains before it already asked.
 */
public final class GracefulShutdown {

    private final Hypervisor hv;
    private final Notices notices;
    private final Sleeper sleeper;
    private final boolean xlCompatible;

    /** @param xlCompatible tell libxl's failures as xl prints them, prefix and all */
    public GracefulShutdown(Hypervisor hv, Notices notices, Sleeper sleeper, boolean xlCompatible) {
        this.hv = hv;
        this.notices = notices;
        this.sleeper = sleeper;
        this.xlCompatible = xlCompatible;
    }

    /**
     * @param domain the domain argument; ignored with {@code -a}, as xl ignores it
     * @return the domids asked, in order
     */
    public List<Integer> run(Optional<String> domain, ShutdownOptions options) {
        if (domain.isEmpty() && !options.all()) {
            throw new MultiLineException(List.of("You must specify -a or a domain id.", ""), 1);
        }
        List<Integer> targets = options.all()
                ? hv.domains().stream().filter(d -> !d.isDomain0()).map(DomainInfo::domid).toList()
                : List.of(DomainResolver.resolve(hv, domain.get()));
        ShutdownWording wording = ShutdownWording.of(options.request());
        for (int domid : targets) {
            ask(domid, options, wording);
        }
        if (options.waitFor() != ShutdownOptions.Wait.NOTHING) {
            new ShutdownWatch(hv, notices, sleeper).await(targets, options.waitFor());
        }
        return targets;
    }

    private void ask(int domid, ShutdownOptions options, ShutdownWording wording) {
        notices.notice(wording.announcement + Domids.text(domid));
        try {
            hv.shutdown(domid, options.request(), false);
        } catch (HvException e) {
            if (e.error() != HvError.NOPARAVIRT) {
                throw new MultiLineException(List.of(LibxlLines.forDomain(domid, e, xlCompatible), wording.failed(e.error().rc())), 1, e);
            }
            if (!options.acpiFallback()) {
                throw new MultiLineException(List.of(wording.notPossible(), wording.useFallback(),
                        wording.failed(e.error().rc())), 1, e);
            }
            notices.notice(wording.sendingAcpiEvent());
            try {
                hv.shutdown(domid, options.request(), true);
            } catch (HvException acpi) {
                throw new MultiLineException(List.of(LibxlLines.forDomain(domid, acpi, xlCompatible), wording.failed(acpi.error().rc())),
                        1, acpi);
            }
        }
    }
}
