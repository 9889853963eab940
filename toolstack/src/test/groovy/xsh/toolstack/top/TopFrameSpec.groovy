package xsh.toolstack.top

import java.time.Duration
import java.time.Instant
import spock.lang.Specification
import xsh.hv.ShutdownReason
import xsh.toolstack.fake.FakeHosts
import xsh.toolstack.fake.FakeHypervisor

/** top's model against a fake host whose clock and cpu times the spec moves. */
class TopFrameSpec extends Specification {

    static final long SECOND = 1_000_000_000L

    def hv = new FakeHypervisor(now: Instant.parse('2026-01-03T01:00:00Z'),
            hostInfo: FakeHosts.info(8, 32768, 16384))
    def monitor = new TopMonitor(hv)

    def setup() {
        hv.fake(0).started = Instant.parse('2026-01-01T01:00:00Z')
        hv.fake(0).cpuTimeNanos = 1000 * SECOND
        hv.add(domid: 3, name: 'web', currentKib: 1024 * 1024, maxKib: 2048 * 1024, vcpus: 2, maxVcpus: 4,
                cpuTimeNanos: 50 * SECOND, started: Instant.parse('2026-01-03T00:00:00Z'), running: true)
        hv.add(domid: 5, name: 'Alpha', currentKib: 4096 * 1024, vcpus: 1, cpuTimeNanos: 7 * SECOND,
                started: Instant.parse('2026-01-03T00:59:30Z'), blocked: true)
    }

    private void advance(Map<Integer, Double> secondsOfCpu, double seconds) {
        secondsOfCpu.each { domid, cpu -> hv.fake(domid).cpuTimeNanos += (long) (cpu * SECOND) }
        hv.now = hv.now.plusNanos((long) (seconds * SECOND))
    }

    def "the first frame has no cpu share yet; the next has xentop's: cpu time used over time passed"() {
        when:
        def first = monitor.next(TopColumn.NAME)

        then:
        first.rows().every { !it.cpuPercent().present }
        first.rows().every { it.cpuPercentOrZero() == 0d }

        when: 'two seconds pass; web uses 3 s of cpu on its two vcpus, Domain-0 0.5 s, Alpha none'
        advance([3: 3d, 0: 0.5d], 2)
        def second = monitor.next(TopColumn.NAME)

        then:
        second.rows().collectEntries { [it.domid(), it.cpuPercent().asDouble] } == [0: 25d, 3: 150d, 5: 0d]
    }

    def "cpu share over a fraction of a second"() {
        given:
        monitor.next(TopColumn.NAME)

        when:
        advance([3: 0.125d], 0.25)

        then:
        monitor.next(TopColumn.NAME).rows().find { it.domid() == 3 }.cpuPercent().asDouble == 50d
    }

    def "a domain new since the last sample, or whose cpu time went back, has no share yet"() {
        given:
        monitor.next(TopColumn.NAME)
        hv.add(domid: 7, name: 'new', cpuTimeNanos: 3 * SECOND, running: true)
        hv.fake(5).cpuTimeNanos = 0

        when:
        advance([:], 1)
        def frame = monitor.next(TopColumn.NAME)

        then:
        !frame.rows().find { it.domid() == 7 }.cpuPercent().present
        !frame.rows().find { it.domid() == 5 }.cpuPercent().present
    }

    def "no time between two samples gives no share rather than a division by zero"() {
        given:
        monitor.next(TopColumn.NAME)

        expect:
        monitor.next(TopColumn.NAME).rows().every { !it.cpuPercent().present }
    }

    def "memory as a share of the host's, uptime from the domain's start to the sample"() {
        when:
        def rows = monitor.next(TopColumn.NAME).rows().collectEntries { [it.domid(), it] }

        then:
        rows[3].memoryPercent() == 1024 / 32768 * 100
        rows[3].maxMemoryPercent() == 2048 / 32768 * 100
        rows[5].memoryPercent() == 12.5d
        rows[0].uptimeSeconds() == 2 * 86400
        rows[3].uptimeSeconds() == 3600
        rows[5].uptimeSeconds() == 30
    }

    def "the sample carries the host's totals, version and cpus"() {
        when:
        def sample = monitor.next(TopColumn.NAME).sample()

        then:
        sample.at() == hv.now
        sample.hostName() == 'default'
        sample.xenVersion() == '4.17.7'
        sample.cpus() == 8
        sample.cpuKhz() == 2394558L
        sample.totalKib() == 32768 * 1024
        sample.freeKib() == 16384 * 1024
        sample.usedKib() == 16384 * 1024
    }

    def "sorted by #column: #order"() {
        given: 'a frame with cpu shares: web 150 %, Domain-0 25 %, Alpha 0 %'
        monitor.next(TopColumn.NAME)
        advance([3: 3d, 0: 0.5d], 2)
        def frame = monitor.next(column)

        expect:
        frame.sortedBy() == column
        frame.rows()*.domain()*.name() == order
        frame.sortedBy(TopColumn.NAME).rows()*.domain()*.name() == ['Alpha', 'Domain-0', 'web']

        where:
        column                       | order
        TopColumn.NAME               | ['Alpha', 'Domain-0', 'web']       // case folded, as strcasecmp
        TopColumn.STATE              | ['Alpha', 'Domain-0', 'web']       // blocked before running; then domid
        TopColumn.CPU_SECONDS        | ['Domain-0', 'web', 'Alpha']
        TopColumn.CPU_PERCENT        | ['web', 'Domain-0', 'Alpha']
        TopColumn.MEMORY             | ['Domain-0', 'Alpha', 'web']
        TopColumn.MEMORY_PERCENT     | ['Domain-0', 'Alpha', 'web']
        TopColumn.MAX_MEMORY         | ['Domain-0', 'Alpha', 'web']
        TopColumn.MAX_MEMORY_PERCENT | ['Domain-0', 'Alpha', 'web']
        TopColumn.VCPUS              | ['Domain-0', 'web', 'Alpha']
        TopColumn.UPTIME             | ['Domain-0', 'web', 'Alpha']
    }

    def "equal rows keep domid order"() {
        given:
        hv.add(domid: 9, name: 'b', currentKib: 64 * 1024)
        hv.add(domid: 8, name: 'a', currentKib: 64 * 1024)

        expect:
        monitor.next(TopColumn.MEMORY).rows()*.domid().takeRight(2) == [8, 9]
    }

    def "state letters in xentop's order d s b c p r, a crash not also a shutdown"() {
        given:
        hv.add(domid: 10, name: 'd', dying: true, shutdown: ShutdownReason.POWEROFF)
        hv.add(domid: 11, name: 'c', shutdown: ShutdownReason.CRASH)
        hv.add(domid: 12, name: 'p', pauseCount: 2)
        hv.add(domid: 13, name: 'rp', running: true, pauseCount: 1)

        when:
        def rows = monitor.next(TopColumn.STATE).rows()

        then:
        rows.collect { [it.domain().name(), it.stateLetters()] } == [
            ['d', 'ds----'], ['Alpha', '--b---'], ['c', '---c--'], ['rp', '----pr'], ['p', '----p-'],
            ['Domain-0', '-----r'], ['web', '-----r']]
    }

    def "the summary counts each domain once, by its first state in xentop's order"() {
        given:
        hv.add(domid: 10, name: 'd', dying: true)
        hv.add(domid: 11, name: 'c', shutdown: ShutdownReason.CRASH)
        hv.add(domid: 12, name: 's', shutdown: ShutdownReason.POWEROFF, dying: true)
        hv.add(domid: 13, name: 'p', pauseCount: 1)
        hv.add(domid: 14, name: 'none')

        expect:
        monitor.next(TopColumn.NAME).states() == new StateCounts(8, 2, 1, 1, 1, 1, 1)
    }

    def "columns cycle both ways and are known by their keys"() {
        expect:
        TopColumn.NAME.next() == TopColumn.STATE
        TopColumn.UPTIME.next() == TopColumn.NAME
        TopColumn.NAME.previous() == TopColumn.UPTIME
        TopColumn.byKey('CPU').get() == TopColumn.CPU_PERCENT
        TopColumn.byKey('cpu-time').get() == TopColumn.CPU_SECONDS
        !TopColumn.byKey('nets').present
        TopColumn.keys() == 'name, state, cpu-time, cpu, mem, mem-pct, maxmem, maxmem-pct, vcpus, uptime'
        TopColumn.values()*.header() == ['NAME', 'STATE', 'CPU(sec)', 'CPU(%)', 'MEM(k)', 'MEM(%)', 'MAXMEM(k)',
                                         'MAXMEM(%)', 'VCPUS', 'UPTIME']
    }
}
