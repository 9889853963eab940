package xsh.toolstack.console

import spock.lang.Specification
import xsh.cfg.domain.DomainType
import xsh.error.XshException
import xsh.toolstack.fake.FakeHypervisor

class ConsoleSessionSpec extends Specification {

    def hv = new FakeHypervisor()

    def setup() {
        hv.add(domid: 2, name: 'pv')
        hv.add(domid: 3, name: 'hvm', type: DomainType.HVM)
        hv.consoles[2] = ['one', 'two']
    }

    def "the console types xl knows, and its message for others"() {
        expect:
        ConsoleType.of('pv') == ConsoleType.PV
        ConsoleType.of('serial') == ConsoleType.SERIAL
        ConsoleType.of('vuart') == ConsoleType.VUART

        when:
        ConsoleType.of(name)

        then:
        def e = thrown(XshException)
        e.message == 'console type supported are: pv, serial, vuart'
        e.exitCode() == 1

        where:
        name << ['PV', 'tty', '']
    }

    def "the consoles a domain has: #domain #type #num"() {
        when:
        def attached = attach(domain, type, num)

        then:
        attached == ok

        where:
        domain | type      | num | ok
        'pv'   | null      | 0   | true
        'pv'   | 'pv'      | 0   | true
        'pv'   | 'pv'      | 1   | false
        'pv'   | 'serial'  | 0   | false
        'hvm'  | 'serial'  | 0   | true
        'hvm'  | 'pv'      | 0   | true
        'hvm'  | 'vuart'   | 0   | false
        '9'    | null      | 0   | false
    }

    boolean attach(String domain, String type, int num) {
        try {
            ConsoleSession.attach(hv, domain, Optional.ofNullable(type).map(ConsoleType::of), num)
            true
        } catch (XshException e) {
            assert e.message == 'Unable to attach console'
            false
        }
    }

    def "a session hands out each line once, and sees the domain go"() {
        given:
        def session = ConsoleSession.attach(hv, 'pv', Optional.empty(), 0)

        expect:
        session.newLines() == ['one', 'two']
        session.newLines() == []
        session.alive()

        when:
        hv.consoles[2] = ['one', 'two', 'three']

        then:
        session.newLines() == ['three']

        when:
        hv.destroy(2, false)

        then:
        !session.alive()
        session.newLines() == []
    }

    def "-n is read with atoi"() {
        expect:
        ConsoleSession.number(text) == n

        where:
        text  | n
        '0'   | 0
        '2'   | 2
        'x'   | 0
        ' 3x' | 3
        '-1'  | -1
    }
}
