package xsh.hv.sim

import xsh.hv.HvException
import xsh.hv.RestoreRequest
import xsh.hv.sim.memory.MemoryImages

/** The receiving end of a live migration: a domain built paused with zeroed memory, filled page by page. */
class IncomingDomainSpec extends SimHostFixture {

    static final long MIB = 1L << 20
    static final int PAGE = MemoryImages.PAGE

    def "an incoming domain is built paused under its temporary name, its memory of the stream's size all zeros"() {
        when:
        def incoming = host.createIncoming(new RestoreRequest(guest('web', '', 64), 8 * MIB, OptionalInt.empty(), false),
                'web--incoming')

        then:
        incoming.name() == 'web--incoming'
        incoming.state().paused()
        host.memory(incoming.domid()).sizeBytes() == 8 * MIB
        MemoryImages.image(host.memory(incoming.domid())) == new byte[(int) (8 * MIB)]
    }

    def "pages arrive in place, a page sent again is the last one written, and the guest runs on from them"() {
        given:
        def source = create('src', '', 8)
        seconds(30)
        byte[] image = MemoryImages.image(host.memory(source.domid()))
        def incoming = host.createIncoming(new RestoreRequest(guest('web', '', 8), image.length, OptionalInt.empty(), false),
                'web--incoming')
        def memory = host.memory(incoming.domid())
        def firstHalf = new BitSet(); firstHalf.set(0, 1024)
        def secondHalf = new BitSet(); secondHalf.set(1024, 2048)
        def again = new BitSet(); again.set(5); again.set(1500)

        when:
        memory.readPagesFrom(secondHalf, new ByteArrayInputStream(MemoryImages.pages(image, secondHalf)))
        memory.readPagesFrom(firstHalf, new ByteArrayInputStream(new byte[1024 * PAGE]))
        memory.readPagesFrom(again, new ByteArrayInputStream(MemoryImages.pages(image, again) ))
        def zeroedFirst = new BitSet(); zeroedFirst.set(0, 1024); zeroedFirst.clear(5)
        memory.readPagesFrom(zeroedFirst, new ByteArrayInputStream(MemoryImages.pages(image, zeroedFirst)))
        memory.sync()

        then:
        MemoryImages.image(host.memory(incoming.domid())) == image

        when:
        host.unpause(incoming.domid())
        seconds(10)

        then:
        MemoryImages.image(host.memory(incoming.domid())) != image
    }

    def "a stream that ends inside a page is an EOFException"() {
        given:
        def incoming = host.createIncoming(new RestoreRequest(guest('web', '', 8), 8 * MIB, OptionalInt.empty(), false),
                'web--incoming')
        def pages = new BitSet(); pages.set(0, 4)

        when:
        host.memory(incoming.domid()).readPagesFrom(pages, new ByteArrayInputStream(new byte[3 * PAGE + 10]))

        then:
        thrown(EOFException)
    }

    def "pages cannot be written in place into a memory that has run"() {
        given:
        def web = create('web', '', 8)
        seconds(5)
        def pages = new BitSet(); pages.set(0)

        when:
        host.memory(web.domid()).readPagesFrom(pages, new ByteArrayInputStream(new byte[PAGE]))

        then:
        thrown(IllegalStateException)
    }

    def "an incoming domain is refused as a restore is: its name taken, or memory short"() {
        given:
        create('web--incoming', '', 8)

        when:
        host.createIncoming(new RestoreRequest(guest('web', '', 8), size, OptionalInt.empty(), false), name)

        then:
        thrown(HvException)
        host.domains().size() == 2

        where:
        name            | size
        'web--incoming' | 8 * MIB
        'db--incoming'  | 1L << 40
    }
}
