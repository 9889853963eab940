package xsh.toolstack.top;

import java.util.Optional;
import xsh.hv.Hypervisor;

/** Looks at a host again and again, each frame's cpu shares measured since the look before. */
public final class TopMonitor {

    private final Hypervisor hv;
    private Optional<TopSample> previous = Optional.empty();

    public TopMonitor(Hypervisor hv) {
        this.hv = hv;
    }

    /** A new look at the host, in {@code sortBy}'s order. */
    public TopFrame next(TopColumn sortBy) {
        TopSample current = TopSample.take(hv);
        TopFrame frame = TopFrame.of(previous, current, sortBy);
        previous = Optional.of(current);
        return frame;
    }
}
