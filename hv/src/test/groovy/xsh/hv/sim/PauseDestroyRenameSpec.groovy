package xsh.hv.sim

import xsh.hv.HvError
import xsh.hv.HvException

class PauseDestroyRenameSpec extends SimHostFixture {

    def "pause nests; each unpause undoes one; the guest runs again at 0"() {
        given:
        def d = create('g').domid()

        when:
        3.times { host.pause(d) }

        then:
        info(d).state().pauseCount() == 3
        info(d).state().flags() == '--p---'

        when:
        2.times { host.unpause(d) }

        then:
        info(d).state().flags() == '--p---'

        when:
        host.unpause(d)

        then:
        info(d).state().pauseCount() == 0
        info(d).state().flags() in ['r-----', '-b----']
    }

    def "unpausing a domain that is not paused fails (Xen's EINVAL, libxl's ERROR_FAIL) and changes nothing"() {
        given:
        def d = create('g').domid()

        when:
        host.unpause(d)

        then:
        def e = thrown(HvException)
        e.error() == HvError.FAIL
        e.message == 'Unpausing domain: Invalid argument'
        info(d).state().pauseCount() == 0
    }

    def "the pause count stops at 255 (EOVERFLOW)"() {
        given:
        def d = create('g').domid()
        255.times { host.pause(d) }

        when:
        host.pause(d)

        then:
        def e = thrown(HvException)
        e.message == 'Pausing domain: Value too large for defined data type'
        info(d).state().pauseCount() == 255
    }

    def "Domain-0 cannot be paused (Xen will not pause the caller) nor unpaused"() {
        when:
        host.pause(0)

        then:
        def e = thrown(HvException)
        e.error() == HvError.FAIL
        e.message == 'Pausing domain: Invalid argument'

        when:
        host.unpause(0)

        then:
        e = thrown(HvException)
        e.message == 'Unpausing domain: Invalid argument'
        info(0).state().flags() == 'r-----'
    }

    def "destroy works in any state and gives the memory back"() {
        given:
        def free = host.hostInfo().freeMemoryMib()
        def running = create('running').domid()
        def paused = host.create(guest('paused'), true).domid()
        def crashed = create('crashed', 'on_crash = "preserve"').domid()
        host.inject(crashed, xsh.hv.GuestEvent.CRASH)

        when:
        [running, paused, crashed].each { host.destroy(it, false) }

        then:
        host.domains()*.name() == ['Domain-0']
        host.hostInfo().freeMemoryMib() == free
    }

    def "Domain-0 is not destroyed: without force xl's refusal, with force Xen's"() {
        when:
        host.destroy(0, force)

        then:
        def e = thrown(HvException)
        e.error() == error
        e.message == message
        info(0) != null

        where:
        force | error        | message
        false | HvError.INVAL | 'Not destroying domain 0; use -f to force.'
        true  | HvError.FAIL | 'xc_domain_destroy failed: Invalid argument'
    }

    def "destroying an id that names no domain"() {
        when:
        host.destroy(9, false)

        then:
        def e = thrown(HvException)
        e.error() == HvError.DOMAIN_NOTFOUND
        e.message == 'Non-existant domain'
    }

    def "rename: to a free name, to its own name, to the empty name (twice); never to another's"() {
        given:
        def a = create('a').domid()
        def b = create('b').domid()

        when:
        host.rename(a, 'alpha')
        host.rename(a, 'alpha')

        then:
        info(a).name() == 'alpha'

        when:
        host.rename(a, 'b')

        then:
        def e = thrown(HvException)
        e.error() == HvError.INVAL
        e.message == 'Domain with name "b" already exists.'
        info(a).name() == 'alpha'

        when:
        host.rename(a, '')
        host.rename(b, '')

        then:
        info(a).name() == ''
        info(b).name() == ''
    }

    def "Domain-0 can be renamed, as libxl allows"() {
        when:
        host.rename(0, 'dom0')

        then:
        info(0).name() == 'dom0'
    }
}
