package xsh.toolstack.info

import java.time.Instant
import spock.lang.Specification
import xsh.error.XshException
import xsh.toolstack.fake.FakeHypervisor

class UptimesSpec extends Specification {

    def hv = new FakeHypervisor(now: Instant.parse('2026-01-03T01:02:03.900Z'))

    def setup() {
        hv.fake(0).started = Instant.parse('2026-01-01T00:00:00.950Z')
        hv.add(domid: 3, name: 'web', started: Instant.parse('2026-01-03T00:00:02.999Z'))
        hv.add(domid: 5, name: 'db', started: Instant.parse('2026-01-03T01:02:03.100Z'))
    }

    def "all domains, Domain-0 first, in whole seconds as xl reads them"() {
        when:
        def report = Uptimes.of(hv, [])

        then:
        report.now() == hv.now
        report.uptimes().collect { [it.name(), it.domid(), it.seconds()] } == [
            ['Domain-0', 0, 2 * 86400 + 3723 - 1],   // /proc/uptime: the elapsed time, cut
            ['web', 3, 3721],                        // time(NULL) - start_time: both cut first
            ['db', 5, 0]]
    }

    def "named domains in their order; one that resolves but does not exist is left out"() {
        expect:
        Uptimes.of(hv, ['db', '9', '0', '3']).uptimes()*.domid() == [5, 0, 3]
    }

    def "a name that is no domain is xl's find_domain error"() {
        when:
        Uptimes.of(hv, ['nosuch'])

        then:
        def e = thrown(XshException)
        e.message == 'nosuch is an invalid domain identifier (rc=-6)'
    }
}
