package xsh.toolstack.fake

import java.time.Instant
import xsh.cfg.domain.DomainType
import xsh.hv.DomainInfo
import xsh.hv.DomainState
import xsh.hv.ShutdownReason
import xsh.hv.ShutdownRequest

/** A domain of {@link FakeHypervisor}, mutable so that specs can set any state. */
class FakeDomain {
    int domid = -1
    String name
    UUID uuid
    DomainType type = DomainType.PV
    long currentKib = 512 * 1024
    Long targetKib
    Long maxKib
    int vcpus = 1
    Integer maxVcpus
    long cpuTimeNanos
    Instant started = Instant.parse('2026-01-01T00:00:00Z')
    String pool = 'Pool-0'
    boolean running
    boolean blocked
    int pauseCount
    ShutdownReason shutdown
    boolean dying
    ShutdownRequest shutdownRequest
    int looksLeft

    DomainInfo info() {
        new DomainInfo(domid, name, uuid, type,
                new DomainState(running, blocked, pauseCount, Optional.ofNullable(shutdown), dying),
                currentKib, targetKib ?: currentKib, maxKib ?: currentKib, vcpus, maxVcpus ?: vcpus,
                cpuTimeNanos, started, pool)
    }
}
