package xsh.toolstack.vmcontrol

import spock.lang.Specification
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.hv.ShutdownRequest
import xsh.toolstack.fake.FakeHypervisor

class GracefulShutdownSpec extends Specification {

    def hv = new FakeHypervisor()
    List<String> notices = []
    int sleeps
    def shutdown = new GracefulShutdown(hv, { notices << it } as Notices, { sleeps++ } as Sleeper, false)

    static final ShutdownOptions POWEROFF = ShutdownOptions.of(ShutdownRequest.POWEROFF)
    static final ShutdownOptions REBOOT = ShutdownOptions.of(ShutdownRequest.REBOOT)

    def setup() {
        hv.add(domid: 3, name: 'web', running: true)
        hv.add(domid: 5, name: 'win', type: xsh.cfg.domain.DomainType.HVM, running: true)
        hv.withoutPvDrivers << 'win'
    }

    def "#verb announces the domain and asks its guest"() {
        when:
        def asked = shutdown.run(Optional.of('web'), options)

        then:
        asked == [3]
        notices == [announcement]
        hv.calls == [call]

        where:
        verb       | options  | announcement             | call
        'shutdown' | POWEROFF | 'Shutting down domain 3' | 'shutdown 3 POWEROFF'
        'reboot'   | REBOOT   | 'Rebooting domain 3'     | 'shutdown 3 REBOOT'
    }

    def "without -a or a domain: xl's line and a blank one, exit code 1"() {
        when:
        shutdown.run(Optional.empty(), POWEROFF)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['You must specify -a or a domain id.', '']
        e.exitCode() == 1
    }

    def "-a asks every domain but Domain-0, in domid order, and ignores a domain argument"() {
        given:
        hv.withoutPvDrivers.clear()

        when:
        def asked = shutdown.run(Optional.of('web'), POWEROFF.all(true))

        then:
        asked == [3, 5]
        notices == ['Shutting down domain 3', 'Shutting down domain 5']
    }

    def "a guest without PV drivers cannot be asked: xl's three lines for #verb, exit code 1"() {
        when:
        shutdown.run(Optional.of('win'), options)

        then:
        def e = thrown(MultiLineException)
        notices == [announcement]
        e.lines() == lines
        e.exitCode() == 1

        where:
        verb       | options  | announcement             | lines
        'shutdown' | POWEROFF | 'Shutting down domain 5' | ['PV control interface not available: external graceful shutdown not possible.',
                                                             'Use "-F" to fallback to ACPI power event.',
                                                             'shutdown failed (rc=-10)']
        'reboot'   | REBOOT   | 'Rebooting domain 5'     | ['PV control interface not available: external graceful reboot not possible.',
                                                             'Use "-F" to fallback to ACPI reset event.',
                                                             'reboot failed (rc=-10)']
    }

    def "-F sends the ACPI #button event to such a guest"() {
        when:
        shutdown.run(Optional.of('win'), options.acpiFallback(true))

        then:
        notices == [announcement, "PV control interface not available: sending ACPI $button event.".toString()]
        hv.calls == ["shutdown 5 $request".toString(), "shutdown 5 $request acpi".toString()]

        where:
        options  | announcement             | button         | request
        POWEROFF | 'Shutting down domain 5' | 'power button' | 'POWEROFF'
        REBOOT   | 'Rebooting domain 5'     | 'reset button' | 'REBOOT'
    }

    def "-F does not change what happens to a guest with PV drivers"() {
        when:
        shutdown.run(Optional.of('web'), POWEROFF.acpiFallback(true))

        then:
        hv.calls == ['shutdown 3 POWEROFF']
    }

    def "a domid that does not exist: the announcement, libxl's line, then xl's"() {
        when:
        shutdown.run(Optional.of('9'), POWEROFF)

        then:
        def e = thrown(MultiLineException)
        notices == ['Shutting down domain 9']
        e.lines() == ['Domain 9:Non-existant domain', 'shutdown failed (rc=-21)']
    }

    def "a domain name that resolves to nothing: find_domain's message, nothing announced"() {
        when:
        shutdown.run(Optional.of('nosuch'), POWEROFF)

        then:
        def e = thrown(XshException)
        e.message == 'nosuch is an invalid domain identifier (rc=-6)'
        notices.isEmpty()
    }

    def "-w waits until the guest is gone, looking at the host between pauses"() {
        given:
        hv.looksUntilShutdown = 3

        when:
        shutdown.run(Optional.of('web'), POWEROFF.waitFor(ShutdownOptions.Wait.SHUTDOWN_OR_DEATH))

        then:
        notices == ['Shutting down domain 3', 'Waiting for 1 domains', 'Domain 3 has been destroyed']
        sleeps == 2
        hv.domain(3).isEmpty()
    }

    def "-w reports a domain left shut down (on_poweroff=preserve) by its reason code"() {
        given:
        hv.onShutdown = 'preserve'
        hv.looksUntilShutdown = 1

        when:
        shutdown.run(Optional.of('web'), options.waitFor(ShutdownOptions.Wait.SHUTDOWN_OR_DEATH))

        then:
        notices.last() == "Domain 3 has been shut down, reason code $code".toString()
        sleeps == 0

        where:
        options  | code
        POWEROFF | 0
        REBOOT   | 1
    }

    def "-a -w waits for every domain asked"() {
        given:
        hv.withoutPvDrivers.clear()

        when:
        shutdown.run(Optional.empty(), POWEROFF.all(true).waitFor(ShutdownOptions.Wait.SHUTDOWN_OR_DEATH))

        then:
        notices == ['Shutting down domain 3', 'Shutting down domain 5', 'Waiting for 2 domains',
                    'Domain 3 has been destroyed', 'Domain 5 has been destroyed']
    }

    def "-a -w with no domain but Domain-0 has nothing to wait for"() {
        given:
        def lone = new FakeHypervisor()
        def told = []

        when:
        new GracefulShutdown(lone, { told << it } as Notices, { throw new AssertionError('slept') } as Sleeper, false)
                .run(Optional.empty(), POWEROFF.all(true).waitFor(ShutdownOptions.Wait.SHUTDOWN_OR_DEATH))

        then:
        told == ['Waiting for 0 domains']
    }

    def "-ww tells a shutdown once and waits on until the domain is gone"() {
        given:
        hv.onShutdown = 'preserve'
        hv.looksUntilShutdown = 1
        int looks = 0
        def watching = new GracefulShutdown(hv, { notices << it } as Notices, {
            if (++looks == 3) {
                hv.destroy(3, false)
            }
        } as Sleeper, false)

        when:
        watching.run(Optional.of('web'), POWEROFF.waitFor(ShutdownOptions.Wait.DEATH))

        then:
        notices == ['Shutting down domain 3', 'Waiting for 1 domains',
                    'Domain 3 has been shut down, reason code 0', 'Domain 3 continue waiting for death',
                    'Domain 3 has been destroyed']
        looks == 3
    }

    def "-w given #count times waits for #wait"() {
        expect:
        ShutdownOptions.Wait.ofCount(count) == wait

        where:
        count | wait
        0     | ShutdownOptions.Wait.NOTHING
        1     | ShutdownOptions.Wait.SHUTDOWN_OR_DEATH
        2     | ShutdownOptions.Wait.DEATH
        3     | ShutdownOptions.Wait.DEATH
    }
}
