package xsh.toolstack.host;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import xsh.error.XshException;
import xsh.hv.GuestEvent;
import xsh.hv.Hypervisor;
import xsh.hv.SimulationControl;
import xsh.toolstack.domain.DomainResolver;

/**
 * {@code host inject}: make a simulated guest do what a real one does on its own (crash,
 * trip its watchdog, power off, reboot, soft-reset), so that the domain's {@code on_*}
 * action runs as it would on a real host.
 */
public final class GuestEvents {

    private GuestEvents() {
    }

    /** The event of this name: {@code crash}, {@code watchdog}, {@code poweroff}, {@code reboot}, {@code soft_reset}. */
    public static GuestEvent parse(String name) {
        return Arrays.stream(GuestEvent.values())
                .filter(e -> nameOf(e).equals(name))
                .findFirst()
                .orElseThrow(() -> new XshException("unknown guest event '" + name + "': expected one of "
                        + Arrays.stream(GuestEvent.values()).map(GuestEvents::nameOf).collect(Collectors.joining(", ")),
                        1));
    }

    public static String nameOf(GuestEvent event) {
        return event.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Makes the domain's guest act; only a simulated host can.
     *
     * @return the domid
     */
    public static int inject(Hypervisor hv, String domain, GuestEvent event) {
        if (!(hv instanceof SimulationControl simulation)) {
            throw new XshException("host " + hv.hostName() + " is not simulated: its guests act on their own", 1);
        }
        int domid = DomainResolver.resolve(hv, domain);
        simulation.inject(domid, event);
        return domid;
    }
}
