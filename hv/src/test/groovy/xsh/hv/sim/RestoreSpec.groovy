package xsh.hv.sim

import xsh.hv.GuestEvent
import xsh.hv.HvException
import xsh.hv.RestoreRequest
import xsh.hv.sim.memory.MemoryImages

class RestoreSpec extends SimHostFixture {

    static final long MIB = 1L << 20

    def "a domain is built from its config with the streamed memory, running or paused"() {
        given:
        def web = create('web', '', 32)
        seconds(20)
        byte[] image = MemoryImages.image(host.memory(web.domid()))
        host.destroy(web.domid(), false)

        when:
        def restored = host.restore(new RestoreRequest(guest('web', '', 32), image.length, OptionalInt.empty(), paused),
                new ByteArrayInputStream(image))

        then:
        restored.name() == 'web'
        restored.domid() != web.domid()
        restored.state().paused() == paused
        MemoryImages.image(host.memory(restored.domid())) == image

        where:
        paused << [false, true]
    }

    def "restored without a monitor (-e), a stopped guest stays shut down whatever its on_* action"() {
        given:
        def web = create('web', 'on_reboot = "restart"', 32)
        byte[] image = MemoryImages.image(host.memory(web.domid()))
        host.destroy(web.domid(), false)
        def restored = host.restore(new RestoreRequest(guest('web', 'on_reboot = "restart"', 32), image.length,
                OptionalInt.empty(), false, monitored), new ByteArrayInputStream(image))

        when:
        host.inject(restored.domid(), GuestEvent.REBOOT)
        seconds(10)

        then:
        host.domain(restored.domid()).map { it.state().flags() }.orElse('gone') == flags

        where:
        monitored | flags
        false     | '---sr-'
        true      | 'gone'    // restarted under a new domid
    }

    def "the restored domain gets the memory of its image, whatever its config says"() {
        given:
        byte[] image = new byte[8 * MIB]
        image[5] = 7

        when:
        def restored = host.restore(new RestoreRequest(guest('web', '', 32), image.length, OptionalInt.empty(), false),
                new ByteArrayInputStream(image))

        then:
        restored.targetKib() == 8 * 1024
        host.memory(restored.domid()).sizeBytes() == 8 * MIB
    }

    def "a requested domid is taken when free; in use or freed within a minute, the restore is refused"() {
        given:
        def a = create('a')
        def b = create('b')
        host.destroy(b.domid(), false)
        byte[] image = new byte[4 * MIB]

        when:
        host.restore(new RestoreRequest(guest('c'), image.length, OptionalInt.of(taken == 'in use' ? a.domid() : b.domid()), false),
                new ByteArrayInputStream(image))

        then:
        def e = thrown(HvException)
        e.message == message
        info('c') == null

        when:
        seconds(61)
        def restored = host.restore(new RestoreRequest(guest('c'), image.length, OptionalInt.of(b.domid()), false),
                new ByteArrayInputStream(image))

        then:
        restored.domid() == b.domid()

        where:
        taken    | message
        'in use' | 'domain creation fail: File exists'
        'recent' | 'domain id recently used'
    }

    def "a stream that ends early leaves no domain"() {
        when:
        host.restore(new RestoreRequest(guest('web'), 4 * MIB, OptionalInt.empty(), false),
                new ByteArrayInputStream(new byte[MIB]))

        then:
        thrown(EOFException)
        info('web') == null
        host.domains().size() == 1
    }
}
