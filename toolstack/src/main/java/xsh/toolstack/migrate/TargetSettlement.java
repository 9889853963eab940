package xsh.toolstack.migrate;

import java.util.Optional;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;

/** {@link TargetProbe#settle} on a target host this process can open itself. */
public final class TargetSettlement {

    private TargetSettlement() {
    }

    /**
     * The target's copy runs once the receiver renamed it to {@code name} and unpaused it
     * (with {@code -p}, once it renamed it: the receiver's last step then); anything short of
     * that ({@code NAME--incoming}, or {@code NAME} still paused without {@code -p}, as a
     * receiver killed between its rename and its unpause leaves it) is destroyed, so that the
     * source can run on.
     *
     * @param leftPaused the receiver was started with {@code -p}
     */
    public static TargetProbe.Outcome settle(Hypervisor target, String name, boolean leftPaused) {
        Optional<DomainInfo> started = target.domainNamed(name);
        Optional<DomainInfo> incoming = target.domainNamed(name + MigrationReceiver.INCOMING_SUFFIX);
        if (started.isPresent() && (leftPaused || !started.get().state().paused())) {
            incoming.ifPresent(copy -> target.destroy(copy.domid(), false));
            return TargetProbe.Outcome.TARGET_RUNS;
        }
        started.ifPresent(copy -> target.destroy(copy.domid(), false));
        incoming.ifPresent(copy -> target.destroy(copy.domid(), false));
        return TargetProbe.Outcome.TARGET_CLEARED;
    }
}
