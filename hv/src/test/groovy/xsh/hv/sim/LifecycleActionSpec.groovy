package xsh.hv.sim

import java.nio.file.Files
import java.time.Duration
import xsh.hv.GuestEvent

import static xsh.hv.ShutdownRequest.REBOOT

class LifecycleActionSpec extends SimHostFixture {

    def "each shutdown reason runs its on_* action; the defaults are xl's"() {
        given:
        def d = create('g', config).domid()

        when:
        host.inject(d, event)
        seconds(0)

        then:
        host.domains().findAll { it.domid() != 0 }.collect { "${it.name()} ${it.state().flags()}" } == afterwards

        where:
        config                     | event                | afterwards
        ''                         | GuestEvent.POWEROFF   | []
        ''                         | GuestEvent.CRASH      | []
        ''                         | GuestEvent.WATCHDOG   | []
        'on_poweroff = "preserve"' | GuestEvent.POWEROFF   | ['g ---s--']
        'on_crash = "preserve"'    | GuestEvent.CRASH      | ['g ---sc-']
        'on_watchdog = "preserve"' | GuestEvent.WATCHDOG   | ['g ---sw-']
        'on_reboot = "preserve"'   | GuestEvent.REBOOT     | ['g ---sr-']
        'on_soft_reset = "preserve"' | GuestEvent.SOFT_RESET | ['g ---sS-']
        'on_reboot = "destroy"'    | GuestEvent.REBOOT     | []
        ''                         | GuestEvent.REBOOT     | []   // restart: gone until the monitor's delay is over
    }

    def "restart: destroyed at once, built again 2 s later with the same name and uuid and a new domid, running"() {
        given:
        def old = host.create(guest('g'), true)
        host.unpause(old.domid())

        when:
        host.shutdown(old.domid(), REBOOT, false)
        seconds(1)

        then: 'the guest rebooted; xl destroyed it and sleeps'
        info('g') == null

        when:
        seconds(1.999)

        then:
        info('g') == null

        when:
        seconds(0.001)
        def again = info('g')

        then:
        again.domid() == old.domid() + 1
        again.uuid() == old.uuid()
        again.state().pauseCount() == 0
        again.cpuTimeNanos() == 0
        again.started() == clock.now()
    }

    def "restart keeps what was changed at run time: memory target and maximum, vcpus, weight and cap"() {
        given:
        def d = create('g', 'vcpus = 1\nmaxvcpus = 4\nmaxmem = 1024', 512).domid()
        host.setMaxMemory(d, 2048 * 1024)
        host.setMemoryTarget(d, 768 * 1024)
        host.setOnlineVcpus(d, 3)
        host.setSchedParams(d, xsh.hv.DomainSchedParams.of(1000, 150))
        host.rename(d, 'renamed')

        when:
        host.inject(d, GuestEvent.REBOOT)
        seconds(2)
        def again = info('renamed')

        then:
        again.targetKib() == 768 * 1024
        again.maxKib() == 2048 * 1024
        again.onlineVcpus() == 3
        again.maxVcpus() == 4
        host.schedParams(again.domid()).weight().asInt == 1000
        host.schedParams(again.domid()).cap().asInt == 150
    }

    def "after config-update, a restart uses the new config as it is"() {
        given:
        def d = create('g', 'vcpus = 1', 512).domid()
        host.setOnlineVcpus(d, 1)
        host.updateDefinition(d, guest('g', 'vcpus = 2', 1024))

        when:
        host.inject(d, GuestEvent.REBOOT)
        seconds(2)

        then:
        info('g').targetKib() == 1024 * 1024
        info('g').onlineVcpus() == 2
        host.definition(info('g').domid()).get().config().memory().targetMib() == 1024
    }

    def "the restart delay is a host setting"() {
        given:
        host.updateSettings(host.settings().withRestartDelay(Duration.ofMillis(100)))
        def d = create('g').domid()

        when:
        host.inject(d, GuestEvent.REBOOT)
        seconds(0.1)

        then:
        info('g').domid() == d + 1
    }

    def "rename-restart keeps the old domain, shut down, as <name>-YYYYMMDDTHHMMZ with a new uuid"() {
        given:
        clock.advance(Duration.ofHours(13).plusMinutes(7))
        def old = create('g', 'on_crash = "rename-restart"')

        when:
        host.inject(old.domid(), GuestEvent.CRASH)

        then:
        def kept = info(old.domid())
        kept.name() == 'g-20240101T1307Z'
        kept.uuid() != old.uuid()
        kept.state().flags() == '---sc-'
        info('g') == null

        when:
        seconds(2)
        def again = info('g')

        then:
        again.domid() == old.domid() + 1
        again.uuid() == old.uuid()
        host.domains()*.name() == ['Domain-0', 'g-20240101T1307Z', 'g']
    }

    def "rename-restart gives up, leaving the old domain, when the preserved name is taken"() {
        given:
        create('g-20240101T0000Z')
        def g = create('g', 'on_crash = "rename-restart"').domid()

        when:
        host.inject(g, GuestEvent.CRASH)
        seconds(5)

        then:
        info(g).name() == 'g'
        info(g).state().flags() == '---sc-'
        host.domains().size() == 3
    }

    def "coredump-destroy and coredump-restart write dump/<name> first: an ELF core with the guest's memory"() {
        given:
        def d = create('g', "on_crash = '$action'", 16).domid()
        def dump = home.resolve('hosts/h1/dump/g')

        when:
        host.inject(d, GuestEvent.CRASH)
        seconds(2)
        def bytes = Files.readAllBytes(dump)

        then:
        bytes[0..3] == [0x7f, 0x45, 0x4c, 0x46] as byte[]
        bytes.length == 4096 + 16 * 1024 * 1024
        new String(bytes, 0, 4096, 'ISO-8859-1').contains('name=g\ndomid=1\n')
        Files.list(dump.parent).toList() == [dump]
        (info('g') != null) == restarted

        where:
        action             | restarted
        'coredump-destroy' | false
        'coredump-restart' | true
    }

    def "soft-reset keeps the domid: shut down for the monitor's delay, then running again"() {
        given:
        def d = create('g').domid()

        when:
        host.inject(d, GuestEvent.SOFT_RESET)

        then:
        info(d).state().flags() == '---sS-'

        when:
        seconds(2)

        then:
        info(d).state().flags() in ['r-----', '-b----']
        host.domains().size() == 2
    }

    def "a restart that cannot build the domain leaves it gone, and the monitor log says why"() {
        given:
        def d = create('g').domid()

        when:
        host.inject(d, GuestEvent.REBOOT)
        create('g', '', 256)
        seconds(2)

        then:
        host.domains()*.name() == ['Domain-0', 'g']
        host.monitorLog()*.message().contains('failed to restart domain: Domain with name "g" already exists.')
    }

    def "effects that fall due between observations happen in time order"() {
        given: 'a guest that reboots, and whose restarted self is asked to power off'
        def d = create('g', 'on_poweroff = "preserve"').domid()
        host.shutdown(d, REBOOT, false)
        seconds(10)

        when:
        def g = info('g')

        then: 'rebooted at 1 s, built again at 3 s'
        g.domid() == d + 1
        g.started() == clock.now().minusSeconds(7)
        host.monitorLog()*.message().containsAll(['Domain 1 has shut down, reason code 1 0x1',
                                                   'Action for shutdown reason code 1 is restart',
                                                   'Done. Rebooting now'])
    }
}
