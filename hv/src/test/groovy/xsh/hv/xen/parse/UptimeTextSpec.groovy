package xsh.hv.xen.parse

import java.time.Instant
import spock.lang.Specification

/** xl uptime back into when each domain started. */
class UptimeTextSpec extends Specification {

    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')

    def "the embedded host's xl uptime"() {
        expect:
        UptimeText.parse(XlOutputs.text('uptime'), NOW) ==
                [0: 40, 1: 30, 2: 29, 3: 27, 4: 26].collectEntries { domid, s -> [domid, NOW.minusSeconds(s)] }
    }

    def "uptime #text is #seconds seconds"() {
        given:
        String out = "Name                                ID Uptime\ng                                    3 ${text}\n"

        expect:
        UptimeText.parse(out, NOW) == [3: NOW.minusSeconds(seconds)]

        where:
        text                | seconds
        ' 0:00:00'          | 0
        ' 1:02:03'          | 3723
        '23:59:59'          | 86399
        '1 day,  0:00:01'   | 86401
        '2 days,  1:02:03'  | 2 * 86400 + 3723
        '400 days, 12:00:00' | 400 * 86400 + 43200
    }

    def "the reference's long and short forms"() {
        expect:
        UptimeText.parse(XlOutputs.text('appendix-a-uptime'), NOW) == [0: NOW.minusSeconds(3723), 3: NOW.minusSeconds(2 * 86400 + 3723)]
        UptimeText.parse(' 12:00:00 up  1:02, Domain-0 (0)\n 12:00:00 up 2 days,  1:02, g (3)\n', NOW) ==
                [0: NOW.minusSeconds(3720), 3: NOW.minusSeconds(2 * 86400 + 3720)]
    }

    def "a header alone is no domains"() {
        expect:
        UptimeText.parse('Name                                ID Uptime\n', NOW) == [:]
    }

    def "anything else names its line"() {
        when:
        UptimeText.parse('Name                                ID Uptime\ng 3 soon\n', NOW)

        then:
        IllegalArgumentException e = thrown()
        e.message == "line 2: not a line of xl uptime: 'g 3 soon'"
    }
}
