package xsh.shell.top

import java.time.Duration
import java.time.Instant
import spock.lang.Specification
import xsh.toolstack.fake.FakeHypervisor
import xsh.toolstack.top.TopColumn
import xsh.toolstack.top.TopMonitor
import xsh.toolstack.vmcontrol.Sleeper

/** Batch frames over time: the host's clock and the guests' cpu time move while top sleeps. */
class TopBatchSpec extends Specification {

    static final long SECOND = 1_000_000_000L

    def hv = new FakeHypervisor(now: Instant.parse('2026-01-03T01:00:00Z'))
    def out = new StringWriter()
    List<Duration> slept = []

    /** Each sleep moves the host's clock by the delay, in which web uses half a second of cpu per second. */
    Sleeper sleeper = { Duration d ->
        slept << d
        hv.now = hv.now.plus(d)
        hv.fake(3).cpuTimeNanos += d.toNanos().intdiv(2)
    }

    def setup() {
        hv.add(domid: 3, name: 'web', running: true)
    }

    def "each frame after the first shows the cpu share used since the one before; no sleep after the last"() {
        when:
        TopBatch.run(new TopMonitor(hv), new TopSettings(Duration.ofSeconds(2), 3, false, TopColumn.CPU_PERCENT),
                false, new PrintWriter(out), sleeper)
        def webRows = out.toString().readLines().findAll { it.trim().startsWith('web ') }

        then:
        slept == [Duration.ofSeconds(2)] * 2
        webRows*.split(/\s+/)*.getAt(4) == ['0.0', '50.0', '50.0']
    }

    def "frames stop when the reader has gone away"() {
        given:
        def closed = new PrintWriter(new Writer() {
            void write(char[] c, int o, int l) { throw new IOException('Broken pipe') }
            void flush() { throw new IOException('Broken pipe') }
            void close() {}
        })

        when:
        TopBatch.run(new TopMonitor(hv), new TopSettings(Duration.ofSeconds(1), 0, false, TopColumn.NAME),
                false, closed, sleeper)

        then:
        slept.empty
    }
}
