package xsh.shell.domain

import spock.lang.Specification
import xsh.hv.ShutdownReason
import xsh.toolstack.fake.FakeHypervisor

/** xl list's bytes, from the real Debian 4.17 output (reference, Appendix A). */
class DomainTableSpec extends Specification {

    static final String TAB = '\t'

    def hv = new FakeHypervisor()

    def setup() {
        hv.fake(0).with {
            uuid = new UUID(0x0001020304050607L, 0x08090a0b0c0d0e0fL)
            currentKib = 1024 * 1024
        }
        hv.add(domid: 1, name: 'win', currentKib: 1024 * 1024, vcpus: 2, blocked: true, cpuTimeNanos: 300_000_000L,
                uuid: new UUID(0x1011121314151617L, 0x18191a1b1c1d1e1fL))
        hv.add(domid: 2, name: 'linux-paused', currentKib: 512 * 1024, pauseCount: 1,
                uuid: new UUID(0x2021222324252627L, 0x28292a2b2c2d2e2fL))
        hv.add(domid: 7, name: 'crashed-guest', currentKib: 256 * 1024, shutdown: ShutdownReason.CRASH,
                cpuTimeNanos: 1_500_000_000L, uuid: new UUID(0x7071727374757677L, 0x78797a7b7c7d7e7fL))
    }

    String render(boolean verbose = false, boolean cpupool = false, boolean colour = false) {
        DomainTable.render(hv.domains(), new DomainTable.Columns(verbose, cpupool), colour)
    }

    def "the plain table: TABs in the header, spaces in the rows"() {
        expect:
        render() == """\
Name                                        ID   Mem VCPUs${TAB}State${TAB}Time(s)
Domain-0                                     0  1024     4     r-----   11794.3
win                                          1  1024     2     -b----       0.3
linux-paused                                 2   512     1     --p---       0.0
crashed-guest                                7   256     1     ---sc-       1.5
"""
    }

    def "-v adds the UUID, the shutdown reason in hex when shut down, and the security label"() {
        expect:
        render(true) == """\
Name                                        ID   Mem VCPUs${TAB}State${TAB}Time(s)   UUID                            Reason-Code${TAB}Security Label
Domain-0                                     0  1024     4     r-----   11794.3 00010203-0405-0607-0809-0a0b0c0d0e0f        -                -
win                                          1  1024     2     -b----       0.3 10111213-1415-1617-1819-1a1b1c1d1e1f        -                -
linux-paused                                 2   512     1     --p---       0.0 20212223-2425-2627-2829-2a2b2c2d2e2f        -                -
crashed-guest                                7   256     1     ---sc-       1.5 70717273-7475-7677-7879-7a7b7c7d7e7f        3                -
"""
    }

    def "-c adds the cpupool, right-aligned in 16 columns with no space before it"() {
        expect:
        render(false, true).readLines()[0..1] == [
                "Name                                        ID   Mem VCPUs${TAB}State${TAB}Time(s)         Cpupool",
                'Domain-0                                     0  1024     4     r-----   11794.3          Pool-0']
    }

    def "-v -c: the verbose columns, then the cpupool"() {
        expect:
        render(true, true).readLines()[0..1] == [
                "Name                                        ID   Mem VCPUs${TAB}State${TAB}Time(s)   UUID                            Reason-Code${TAB}Security Label         Cpupool",
                'Domain-0                                     0  1024     4     r-----   11794.3 00010203-0405-0607-0809-0a0b0c0d0e0f        -                -          Pool-0']
    }

    def "the shutdown reason's letter and hex code: #reason"() {
        given:
        hv.fake(7).shutdown = reason

        expect:
        render(true).readLines()[4].substring(63, 69) == flags
        render(true).readLines()[4].substring(116, 125) == ' ' + hex.padLeft(8)

        where:
        reason                     | flags    | hex
        ShutdownReason.POWEROFF    | '---s--' | '0'
        ShutdownReason.REBOOT      | '---sr-' | '1'
        ShutdownReason.SUSPEND     | '---ss-' | '2'
        ShutdownReason.CRASH       | '---sc-' | '3'
        ShutdownReason.WATCHDOG    | '---sw-' | '4'
        ShutdownReason.SOFT_RESET  | '---sS-' | '5'
    }

    def "names are padded to 40 bytes, not characters, and a longer name pushes the row right"() {
        given:
        hv.add(domid: 9, name: name)

        expect:
        render().readLines().last().startsWith(prefix)

        where:
        name          | prefix
        'é' * 10      | 'é' * 10 + ' ' * 20 + '     9'     // 20 bytes, 20 spaces
        'é' * 20      | 'é' * 20 + '     9'                // 40 bytes already
        'x' * 45      | 'x' * 45 + '     9'
    }

    def "memory is MiB rounded down, time is xl's float seconds with %8.1f: #nanos ns"() {
        given:
        hv.add(domid: 9, name: 'g', currentKib: kib, cpuTimeNanos: nanos)

        expect:
        render().readLines().last() == 'g' + ' ' * 39 + "     9 ${mem.padLeft(5)}     1     ------  ${time.padLeft(8)}"

        where:
        kib       | mem    | nanos                 | time
        1023      | '0'    | 0L                    | '0.0'
        1025      | '1'    | 250_000_000L          | '0.2'       // a tie, to even
        524288    | '512'  | 350_000_000L          | '0.3'
        262144    | '256'  | 987_654_321_000L      | '987.7'
        262144    | '256'  | 16_777_217_000_000_000L | '16777217.1' // the float nearest is 16777217.07 s
    }

    def "on a terminal, states that need attention are coloured; the columns do not move"() {
        when:
        def lines = render(false, false, true).readLines()

        then:
        lines[1] == 'Domain-0                                     0  1024     4     r-----   11794.3'
        lines[3] == 'linux-paused                                 2   512     1     \u001b[33m--p---\u001b[0m       0.0'
        lines[4] == 'crashed-guest                                7   256     1     \u001b[1;31m---sc-\u001b[0m       1.5'
    }
}
