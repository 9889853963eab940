package xsh.toolstack.misc

import spock.lang.Specification
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.toolstack.fake.FakeHypervisor

class GuestSignalsSpec extends Specification {

    def hv = new FakeHypervisor()
    def signals = new GuestSignals(hv, false)
    def notices = []

    def setup() {
        hv.add(domid: 4, name: 'web')
    }

    def "trigger names in any case, and the vcpu as strtol reads it"() {
        when:
        signals.trigger('web', name, Optional.ofNullable(vcpu), notices.&add)

        then:
        hv.calls == [call]
        notices == warned

        where:
        name       | vcpu  | call                   | warned
        'nmi'      | null  | 'trigger 4 nmi 0'      | []
        'NMI'      | '1'   | 'trigger 4 nmi 1'      | []
        'Power'    | null  | 'trigger 4 power 0'    | []
        'reset'    | '2x'  | 'trigger 4 reset 2'    | []
        'init'     | '0'   | 'trigger 4 init 0'     | []
        'sleep'    | 'x'   | 'trigger 4 sleep 0'    | ['Invalid vcpuid, using default vcpuid=0.', '']
        's3resume' | ' 3'  | 'trigger 4 s3resume 3' | []
    }

    def "an unknown trigger is xl's message, after the domain is resolved"() {
        when:
        signals.trigger(domain, 'bogus', Optional.empty(), notices.&add)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1
        hv.calls == []

        where:
        domain   | message
        'web'    | 'Invalid trigger "bogus"'
        'nosuch' | 'nosuch is an invalid domain identifier (rc=-6)'
    }

    def "a refusal by the host is libxl's line and trigger failed (rc=N)"() {
        given:
        hv.refuseSignal = new HvException(HvError.FAIL, "Send trigger 'power' failed: Invalid argument")

        when:
        signals.trigger('4', 'power', Optional.empty(), notices.&add)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ["Domain 4:Send trigger 'power' failed: Invalid argument", 'trigger failed (rc=-3)']
    }

    def "sysrq takes one character"() {
        when:
        signals.sysrq('web', key)

        then:
        hv.calls == ["sysrq 4 $key".toString()]

        where:
        key << ['b', 'h', '1']
    }

    def "sysrq of anything but one character: Invalid sysrq. and a blank line"() {
        when:
        signals.sysrq('web', key)

        then:
        def e = thrown(InvalidSysrqException)
        e.lines() == ['Invalid sysrq.', '']
        e.exitCode() == 1
        hv.calls == []

        where:
        key << ['bo', '', 'help']
    }

    def "dmesg reads the ring; -c empties it"() {
        expect:
        GuestSignals.dmesg(hv, true) == '(XEN) Xen version 4.17.7\n(XEN) Brought up 8 CPUs\n'
        GuestSignals.dmesg(hv, false) == ''
    }
}
