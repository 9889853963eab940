package xsh.shell.dsl;

import java.time.Duration;
import java.time.Instant;
import xsh.hv.DomainInfo;
import xsh.hv.DomainState;
import xsh.hv.ShutdownReason;

/**
 * A domain as it was when a DSL call looked at it: {@code list()}'s elements, what
 * {@code domain('web')}, {@code create} and {@code restore} return. A snapshot: it does not
 * change as the domain does, so {@code domain('web').running} asks the host again. Pass it to
 * any DSL method that takes a domain; it stands for the domain's name.
 */
public final class Domain {

    private final DomainInfo info;
    private final Instant observedAt;
    private final boolean planned;

    Domain(DomainInfo info, Instant observedAt) {
        this(info, observedAt, false);
    }

    /** @param planned built by a dry run's create: on no host */
    Domain(DomainInfo info, Instant observedAt, boolean planned) {
        this.info = info;
        this.observedAt = observedAt;
        this.planned = planned;
    }

    /** Whether this is the domain a dry run's create would have built, which no host has. */
    boolean planned() {
        return planned;
    }

    /** The host's record this snapshot was made from, for code that works with the toolstack. */
    public DomainInfo getInfo() {
        return info;
    }

    public String getName() {
        return info.name();
    }

    /** The domid. */
    public int getId() {
        return info.domid();
    }

    public String getUuid() {
        return info.uuid().toString();
    }

    /** {@code pv}, {@code pvh} or {@code hvm}. */
    public String getType() {
        return info.type().xlName();
    }

    /** The six flags of {@code xl list}'s State column, e.g. {@code r-----} or {@code --p---}. */
    public String getState() {
        return info.state().flags();
    }

    /**
     * Up and not stopped: neither paused, shut down nor dying, whether on a pCPU at that instant
     * ({@code r}) or waiting for work ({@code b}), as an admin means "running". An idle guest
     * shows {@code -b----}, so xl's {@code r} alone would make {@code waitUntil { running }} a
     * matter of luck; that flag is {@link #isOnCpu()}.
     */
    public boolean isRunning() {
        DomainState state = info.state();
        return !state.paused() && !state.isShutdown() && !state.dying();
    }

    /** On a pCPU at that instant: xl's {@code r} flag. */
    public boolean isOnCpu() {
        return info.state().running();
    }

    public boolean isBlocked() {
        return info.state().blocked();
    }

    /** Paused by the toolstack (at least once: pauses nest). */
    public boolean isPaused() {
        return info.state().paused();
    }

    /** How many unpauses it takes to let it run. */
    public int getPauseCount() {
        return info.state().pauseCount();
    }

    /** Shut down, for whatever reason (crashed included), and not yet cleaned up. */
    public boolean isShutdown() {
        return info.state().isShutdown();
    }

    /** Why it shut down, in lower case ({@code poweroff}, {@code reboot}, {@code suspend}, {@code crash}...), or null. */
    public String getShutdownReason() {
        return info.state().shutdown().map(reason -> reason.name().toLowerCase(java.util.Locale.ROOT)).orElse(null);
    }

    public boolean isCrashed() {
        return info.state().shutdown().filter(reason -> reason == ShutdownReason.CRASH).isPresent();
    }

    public boolean isDying() {
        return info.state().dying();
    }

    public boolean isDomain0() {
        return info.isDomain0();
    }

    /** The memory it has now (it moves toward {@link #getTarget()} while the balloon works). */
    public Size getMemory() {
        return kib(info.currentKib());
    }

    /** The balloon target ({@code memSet}). */
    public Size getTarget() {
        return kib(info.targetKib());
    }

    /** The static maximum ({@code memMax}). */
    public Size getMaxMemory() {
        return kib(info.maxKib());
    }

    /** Its vcpus (maxvcpus), online or not. */
    public int getVcpus() {
        return info.maxVcpus();
    }

    public int getOnlineVcpus() {
        return info.onlineVcpus();
    }

    /** Cpu time used, over all its vcpus. */
    public Duration getCpuTime() {
        return Duration.ofNanos(info.cpuTimeNanos());
    }

    /** When it was created. */
    public Instant getStarted() {
        return info.started();
    }

    /** How long it had been up when this snapshot was taken. */
    public Duration getUptime() {
        Duration up = Duration.between(info.started(), observedAt);
        return up.isNegative() ? Duration.ZERO : up;
    }

    /** Its cpupool's name. */
    public String getPool() {
        return info.pool();
    }

    private static Size kib(long kib) {
        return new Size(Math.max(0, kib) * Size.KIB);
    }

    /** {@code web (domid 3, -b----, 512 MiB, 2/2 vcpus)}. */
    @Override
    public String toString() {
        return getName() + " (domid " + Integer.toUnsignedString(getId()) + ", " + getState() + ", " + getMemory() + ", "
                + getOnlineVcpus() + "/" + getVcpus() + " vcpus)";
    }
}
