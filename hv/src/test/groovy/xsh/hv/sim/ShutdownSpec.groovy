package xsh.hv.sim

import java.time.Duration
import xsh.hv.GuestEvent
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.hv.ShutdownRequest

import static xsh.hv.ShutdownRequest.POWEROFF
import static xsh.hv.ShutdownRequest.REBOOT

class ShutdownSpec extends SimHostFixture {

    def "the guest acts on a shutdown request after the host's delay (1 s by default)"() {
        given:
        def d = create('g').domid()

        when:
        host.shutdown(d, POWEROFF, false)

        then:
        info(d) != null

        when:
        seconds(0.999)

        then:
        info(d) != null

        when:
        seconds(0.001)

        then: 'on_poweroff defaults to destroy'
        info(d) == null
    }

    def "the delay is a host setting"() {
        given:
        host.updateSettings(host.settings().withShutdownDelay(Duration.ofSeconds(5)))
        def d = create('g', 'on_poweroff = "preserve"').domid()

        when:
        host.shutdown(d, POWEROFF, false)
        seconds(4.9)

        then:
        info(d).state().flags() in ['r-----', '-b----']

        when:
        seconds(0.1)

        then:
        info(d).state().flags() == '---s--'
    }

    def "a paused guest acts once it runs again"() {
        given:
        def d = create('g', 'on_poweroff = "preserve"').domid()
        host.pause(d)

        when:
        host.shutdown(d, POWEROFF, false)
        seconds(30)

        then:
        info(d).state().flags() == '--p---'

        when:
        host.unpause(d)
        seconds(0)

        then:
        info(d).state().flags() == '---s--'
    }

    def "an HVM guest without PV drivers cannot be asked; -F sends ACPI instead"() {
        given:
        def d = create('w', 'type = "hvm"\nxen_platform_pci = 0\non_poweroff = "preserve"\non_reboot = "preserve"').domid()

        when:
        host.shutdown(d, request, false)

        then:
        def e = thrown(HvException)
        e.error() == HvError.NOPARAVIRT
        e.message == 'PV control interface not available: external graceful shutdown not possible.'

        when:
        host.shutdown(d, request, true)
        seconds(after)

        then:
        info(d).state().flags() == flags

        where:
        request  | after | flags
        POWEROFF | 1     | '---s--'
        REBOOT   | 0     | '---sr-'
    }

    def "an HVM guest has PV drivers unless xen_platform_pci=0"() {
        given:
        def d = create('w', 'type = "hvm"\non_poweroff = "preserve"').domid()

        when:
        host.shutdown(d, POWEROFF, false)
        seconds(1)

        then:
        info(d).state().flags() == '---s--'
    }

    def "a request to a guest already shut down is ignored; Domain-0 cannot be asked"() {
        given:
        def d = create('g', 'on_crash = "preserve"').domid()
        host.inject(d, GuestEvent.CRASH)

        when:
        host.shutdown(d, REBOOT, false)
        seconds(5)

        then:
        info(d).state().flags() == '---sc-'

        when:
        host.shutdown(0, POWEROFF, false)

        then:
        thrown(HvException)
    }

    def "a newer request replaces one not yet acted on"() {
        given:
        def d = create('g', 'on_poweroff = "preserve"\non_reboot = "preserve"').domid()

        when:
        host.shutdown(d, POWEROFF, false)
        seconds(0.5)
        host.shutdown(d, REBOOT, false)
        seconds(0.6)

        then:
        info(d).state().flags() in ['r-----', '-b----']

        when:
        seconds(0.4)

        then:
        info(d).state().flags() == '---sr-'
    }

    def "guests crash, trip watchdogs and stop by themselves at once; Domain-0 would be the host"() {
        given:
        def d = create('g', 'on_crash = "preserve"\non_watchdog = "preserve"\non_poweroff = "preserve"').domid()

        when:
        host.inject(d, event)

        then:
        info(d).state().flags() == flags

        when:
        host.inject(0, event)

        then:
        thrown(HvException)

        where:
        event              | flags
        GuestEvent.CRASH    | '---sc-'
        GuestEvent.WATCHDOG | '---sw-'
        GuestEvent.POWEROFF | '---s--'
    }

    def "suspend: ---ss-, the monitor keeps waiting, cpu time stops; resume runs the guest on"() {
        given:
        def d = create('g', 'on_poweroff = "destroy"').domid()
        host.setLoad(d, 0.5)
        seconds(10)

        when:
        host.suspend(d)
        seconds(60)

        then:
        info(d).state().flags() == '---ss-'
        info(d).cpuTimeNanos() == 5_000_000_000L
        host.monitorLog()*.message().contains('Domain has suspended.')

        when:
        host.resume(d)
        seconds(2)

        then:
        info(d).state().flags() in ['r-----', '-b----']
        info(d).cpuTimeNanos() == 6_000_000_000L
    }

    def "a running domain resumed stays as it is; Domain-0 is not suspended; a crashed one neither"() {
        given:
        def d = create('g', 'on_crash = "preserve"').domid()

        when:
        host.resume(d)

        then:
        info(d).state().flags() in ['r-----', '-b----']

        when:
        host.suspend(0)

        then:
        thrown(HvException)

        when:
        host.inject(d, GuestEvent.CRASH)
        host.suspend(d)

        then:
        thrown(HvException)
        info(d).state().flags() == '---sc-'
    }
}
