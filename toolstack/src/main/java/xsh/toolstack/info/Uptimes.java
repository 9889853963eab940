package xsh.toolstack.info;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainResolver;

/**
 * What {@code xl uptime} reports: Domain-0 first (the host's uptime), then every other
 * domain, or the domains named in their order. Times are whole seconds, as xl reads them
 * ({@code /proc/uptime} and {@code start_time} cut to seconds, {@code time(NULL)} now); a
 * domain that resolves but does not exist is left out without a word, as xl does.
 */
public final class Uptimes {

    /** One domain's line. */
    public record Uptime(String name, int domid, long seconds) {
    }

    /** The uptimes, and the host's time they were measured at. */
    public record Report(Instant now, List<Uptime> uptimes) {
    }

    private Uptimes() {
    }

    public static Report of(Hypervisor hv, List<String> domains) {
        Instant now = hv.now();
        List<Uptime> uptimes = new ArrayList<>();
        if (domains.isEmpty()) {
            for (DomainInfo d : hv.domains()) {
                uptimes.add(uptime(d, now));
            }
        } else {
            for (String argument : domains) {
                int domid = DomainResolver.resolve(hv, argument);
                Optional<DomainInfo> d = hv.domain(domid);
                d.ifPresent(info -> uptimes.add(uptime(info, now)));
            }
        }
        return new Report(now, uptimes);
    }

    private static Uptime uptime(DomainInfo d, Instant now) {
        long seconds = d.isDomain0()
                ? Duration.between(d.started(), now).getSeconds() // /proc/uptime, cut to seconds
                : now.getEpochSecond() - d.started().getEpochSecond(); // time(NULL) - start_time
        return new Uptime(d.name(), d.domid(), Math.max(0, seconds));
    }
}
