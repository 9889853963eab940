package xsh.toolstack.host

import spock.lang.Specification
import xsh.error.XshException
import xsh.hv.GuestEvent
import xsh.toolstack.fake.FakeHypervisor

class GuestEventsSpec extends Specification {

    def "#name is the event #event"() {
        expect:
        GuestEvents.parse(name) == event
        GuestEvents.nameOf(event) == name

        where:
        name         | event
        'crash'      | GuestEvent.CRASH
        'watchdog'   | GuestEvent.WATCHDOG
        'poweroff'   | GuestEvent.POWEROFF
        'reboot'     | GuestEvent.REBOOT
        'soft_reset' | GuestEvent.SOFT_RESET
    }

    def "an unknown event lists the known ones"() {
        when:
        GuestEvents.parse(name)

        then:
        def e = thrown(XshException)
        e.message == "unknown guest event '$name': expected one of crash, watchdog, poweroff, reboot, soft_reset"

        where:
        name << ['CRASH', 'explode', 'soft-reset']
    }

    def "inject resolves the domain as xl would and lets the simulated guest act"() {
        given:
        def hv = new FakeHypervisor()
        hv.add(domid: 3, name: 'web', running: true)

        when:
        def domid = GuestEvents.inject(hv, 'web', GuestEvent.CRASH)

        then:
        domid == 3
        hv.calls == ['inject 3 CRASH']
        hv.domain(3).get().state().flags() == '---sc-'
    }
}
