package xsh.hv.sim.domains;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import xsh.cfg.domain.DomainType;
import xsh.cfg.domain.LifecycleAction;
import xsh.cfg.domain.ShutdownEvent;
import xsh.hv.ShutdownReason;

/**
 * A domain row as the hypervisor and libxl keep it. Mutable: an operation loads the row,
 * changes it and saves it within one transaction.
 *
 * <p>Meters: {@code cpuNs} and {@code runNs} are the cpu time and running time accumulated up
 * to {@code meterNs}; from then on they grow at a rate given by the state (see
 * {@link DomainMeters}). Balloon: the guest had {@code memKib} when it had run
 * {@code memRunNs}, and moves toward {@code grantedKib}: the target, or less when the host
 * could not give it all.
 */
public final class DomainRecord {

    public int domid;
    /** Never reused on the host: names the domain's files, which must not be mixed up with a later domain of the same id. */
    public long instance;
    public String name;
    public UUID uuid;
    public DomainType type;
    public int poolId;
    public long createdNs;

    public long maxKib;
    public long targetKib;
    public long grantedKib;
    public long memKib;
    public long memRunNs;

    public int onlineVcpus;
    public int maxVcpus;

    public long cpuNs;
    public long runNs;
    public long meterNs;
    public int loadPpm;
    public long dirtyBytesPerSecond;

    public int pauseCount;
    /** Xen's shutdown code, or null while the domain is not shut down. */
    public Integer shutdownCode;
    public boolean dying;

    public int weight;
    public int cap;
    /** Whether the guest answers xenstore's control/shutdown (PV drivers). */
    public boolean pvControl;

    public final Map<ShutdownEvent, LifecycleAction> actions = new EnumMap<>(ShutdownEvent.class);

    public boolean isDomain0() {
        return domid == 0;
    }

    public boolean isShutdown() {
        return shutdownCode != null;
    }

    public Optional<ShutdownReason> shutdownReason() {
        return Optional.ofNullable(shutdownCode).map(DomainRecord::reasonOf);
    }

    /** Whether the guest's vcpus can run now: not paused, not shut down, not dying. */
    public boolean active() {
        return pauseCount == 0 && shutdownCode == null && !dying;
    }

    public LifecycleAction actionFor(ShutdownEvent event) {
        return actions.getOrDefault(event, event.defaultAction());
    }

    public static ShutdownReason reasonOf(int code) {
        for (ShutdownReason r : ShutdownReason.values()) {
            if (r.code() == code) {
                return r;
            }
        }
        throw new IllegalArgumentException("no shutdown reason has code " + code);
    }
}
