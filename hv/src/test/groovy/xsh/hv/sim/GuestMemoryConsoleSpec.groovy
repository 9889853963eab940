package xsh.hv.sim

import xsh.hv.GuestEvent

/** The host drives each guest's memory image and console with the guest's running time. */
class GuestMemoryConsoleSpec extends SimHostFixture {

    def "a guest's memory is its memory size; it is dirtied only while the guest runs"() {
        given:
        def d = create('g', '', 64).domid()
        host.setDirtyRate(d, 1 << 20)

        when: 'the first round is every page'
        def first = host.memory(d).dirtiedSinceLastRound()

        then:
        host.memory(d).sizeBytes() == 64L << 20
        first.cardinality() == 16384

        when: 'ten seconds of running at 1 MiB/s'
        seconds(10)
        def running = host.memory(d).dirtiedSinceLastRound()

        then:
        running.cardinality() > 0
        running.cardinality() <= 2560

        when: 'a minute paused'
        host.pause(d)
        seconds(60)

        then:
        host.memory(d).dirtiedSinceLastRound().isEmpty()
    }

    def "a guest's console boots to a login prompt named after its config, and tells of a crash"() {
        given:
        def d = create('web', 'on_crash = "preserve"').domid()

        when:
        seconds(120)
        host.rename(d, 'renamed')
        def lines = host.console(d).lines()

        then:
        lines.any { it.contains('web login:') }

        when:
        def seen = lines.size()
        host.inject(d, GuestEvent.CRASH)

        then:
        host.console(d).linesAfter(seen).size() > 0
    }

    def "destroying a domain removes its directory"() {
        given:
        def d = create('g', '', 64).domid()
        def dirs = home.resolve('hosts/h1/domains').toFile().list().toList()

        when:
        host.destroy(d, false)

        then:
        dirs.size() == 1
        home.resolve('hosts/h1/domains').toFile().list().toList().isEmpty()
    }
}
