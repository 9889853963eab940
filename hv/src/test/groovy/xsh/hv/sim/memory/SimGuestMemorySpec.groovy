package xsh.hv.sim.memory

import static xsh.hv.sim.memory.MemoryImages.*

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException

class SimGuestMemorySpec extends Specification {

    @TempDir
    Path dir

    SimGuestMemory memory(String name = 'm', long size = 4 * MIB, long seed = 42, long rate = 64 * 1024) {
        SimGuestMemory.create(dir.resolve(name), size, seed, rate)
    }

    def "a new memory holds the boot image: a patterned kernel, a patterned page every 2 MiB, zeros elsewhere"() {
        when:
        def bytes = image(memory('m', 8 * MIB))
        def zero = new byte[PAGE]
        def patterned = (0..<2048).findAll { page ->
            Arrays.mismatch(bytes, page * PAGE, (page + 1) * PAGE, zero, 0, PAGE) >= 0
        }

        then:
        bytes.length == 8 * MIB
        patterned == (0..<256) + (512..<2048).step(512)
    }

    def "same seed, size, rate and running time give identical bytes (seed #seed, #seconds s)"() {
        given:
        def a = memory('a', 4 * MIB, seed)
        def b = memory('b', 4 * MIB, seed)
        def other = memory('other', 4 * MIB, seed + 1)

        when:
        def imageA = imageAt(a, seconds * SECOND)
        def imageB = imageAt(b, seconds * SECOND)

        then:
        imageA == imageB
        imageA != imageAt(other, seconds * SECOND)

        where:
        seed | seconds
        42   | 0
        42   | 10
        -7   | 30
        1234 | 600
    }

    def "nothing is dirtied while running time does not advance"() {
        given:
        def m = memory()
        def first = imageAt(m, 20 * SECOND)

        expect:
        image(m) == first
        imageAt(m, 20 * SECOND) == first
        imageAt(m, 5 * SECOND) == first // an earlier time than already given is the latest one

        when:
        m.advanceTo(21 * SECOND)

        then:
        image(m) != first
    }

    def "a paused guest (running time kept still by the host) keeps its pages however often it is read"() {
        given:
        def m = memory()
        def paused = imageAt(m, 3 * SECOND)

        expect: 'the host gives every process the same running time while the guest is paused'
        (1..3).every { imageAt(SimGuestMemory.open(dir.resolve('m')), 3 * SECOND) == paused }
        image(m) == paused
    }

    def "#percent% of a #sizeMib MiB guest's pages differ after #seconds s more at #rateKib KiB/s"() {
        given:
        def m = memory('m', sizeMib * MIB, 7, rateKib * 1024)
        def before = imageAt(m, 10 * SECOND)

        when:
        def after = imageAt(m, (10 + seconds) * SECOND)
        int pages = sizeMib * MIB / PAGE
        int differing = differingPages(before, after).cardinality()

        then: 'each dirtied page differs: rate × time / page size of them, less those dirtied twice, until every page was'
        differing >= dirtiedOnce
        differing <= Math.min(pages, (long) (rateKib * 1024 * seconds / PAGE))
        Math.round(100.0 * differing / pages) == percent

        where:
        sizeMib | rateKib | seconds || dirtiedOnce | percent
        64      | 256     | 60      || 3840        | 23
        64      | 256     | 30      || 1920        | 12
        64      | 512     | 60      || 7680        | 47
        64      | 1024    | 60      || 13824       | 86 // the writes wrap around memory: some pages are written twice
        64      | 4096    | 60      || 16384       | 100
        64      | 64      | 1       || 16          | 0
        16      | 1024    | 3       || 768         | 19
        64      | 0       | 60      || 0           | 0
    }

    def "dirtiedSinceLastRound: every page first, then only the pages dirtied, none when no time ran"() {
        given:
        def m = memory('m', 4 * MIB, 3, 256 * 1024)
        m.advanceTo(2 * SECOND)

        when:
        def first = m.dirtiedSinceLastRound()

        then:
        first.cardinality() == 1024

        when:
        def idle = m.dirtiedSinceLastRound()

        then:
        idle.isEmpty()

        when:
        def before = image(m)
        def after = imageAt(m, 3 * SECOND)
        def second = m.dirtiedSinceLastRound()

        then:
        second.cardinality() == 64
        second == differingPages(before, after)

        when: 'the round position is on disk: another process continues the rounds'
        def reopened = SimGuestMemory.open(dir.resolve('m'))
        reopened.advanceTo(4 * SECOND)
        def third = reopened.dirtiedSinceLastRound()

        then:
        third == differingPages(after, imageAt(reopened, 4 * SECOND))
        third.cardinality() == 64
    }

    def "dirtiedWithoutNewRound tells the pages dirtied since the last round and leaves the round where it was"() {
        given:
        def m = memory('m', 4 * MIB, 3, 256 * 1024)
        m.advanceTo(2 * SECOND)
        m.dirtiedSinceLastRound()
        def before = image(m)
        def after = imageAt(m, 3 * SECOND)

        when:
        def peeked = m.dirtiedWithoutNewRound()
        def again = m.dirtiedWithoutNewRound()

        then:
        peeked == differingPages(before, after)
        peeked.cardinality() == 64
        again == peeked
        m.dirtiedSinceLastRound() == peeked
    }

    def "pre-copy rounds converge while the guest runs slower than the copy"() {
        given: 'a guest dirtying 256 KiB per second of running, copied at 1 MiB per second'
        def m = memory('m', 4 * MIB, 9, 256 * 1024)
        long now = 0
        def sizes = []

        when:
        def round = m.dirtiedSinceLastRound()
        5.times {
            sizes << round.cardinality()
            now += round.cardinality() * PAGE * SECOND / MIB // the time it takes to send the round
            m.advanceTo(now)
            round = m.dirtiedSinceLastRound()
        }

        then:
        sizes == [1024, 256, 64, 16, 4]
    }

    def "writePagesTo gives exactly those pages' bytes as writeTo would (#description)"() {
        given:
        def m = memory('m', 4 * MIB, 5, 512 * 1024)
        m.advanceTo(3 * SECOND)
        def whole = image(m)
        def selected = new BitSet()
        pages.each { selected.set(it) }

        when:
        def out = new ByteArrayOutputStream()
        m.writePagesTo(selected, out)

        then:
        out.toByteArray() == MemoryImages.pages(whole, selected)

        where:
        description                | pages
        'none'                     | []
        'one'                      | [17]
        'first and last'           | [0, 1023]
        'a run across chunks'      | (200..<600)
        'scattered'                | (0..<1024).step(7)
        'all'                      | (0..<1024)
        'the dirtied ones'         | dirtiedAt(3)
    }

    static List<Integer> dirtiedAt(int seconds) {
        def workload = new DirtyWorkload(5, 1024)
        workload.pagesWrittenBetween(0, (seconds * 512 * 1024).intdiv(PAGE)).stream().toArray() as List
    }

    def "a file stream (copied in the kernel where it can) gets the bytes any stream gets, #seconds s after #origin"() {
        given: 'a save image: a header, the memory, a trailer'
        def m = memory('m', 8 * MIB, 6, 1 << 20)
        if (origin == 'a restore') {
            def random = new byte[8 * MIB]
            new Random(origin.hashCode()).nextBytes(random)
            Arrays.fill(random, 0, PAGE * 300, (byte) 0)
            m.readFrom(new ByteArrayInputStream(random))
        }
        m.advanceTo(seconds * SECOND)
        def selected = new BitSet()
        (0..<2048).step(3).each { selected.set(it) }
        selected.set(1000, 1400)
        def file = dir.resolve('save')

        when:
        new FileOutputStream(file.toFile()).withCloseable { out ->
            out.write('header'.bytes)
            m.writeTo(out)
            m.writePagesTo(selected, out)
            out.write('trailer'.bytes)
        }
        def whole = image(m)
        def expected = new ByteArrayOutputStream()
        expected.write('header'.bytes)
        expected.write(whole)
        expected.write(MemoryImages.pages(whole, selected))
        expected.write('trailer'.bytes)

        then:
        Files.readAllBytes(file) == expected.toByteArray()

        where: 'no page written since the boot or the restore, some, most, all'
        [origin, seconds] << [['boot', 'a restore'], [0, 1, 4, 20]].combinations()
    }

    def "a write that fails (a full device) fails the stream with its IOException, #origin"() {
        given:
        def m = memory('m', 8 * MIB, 6, 1 << 20)
        if (origin == 'restored') {
            m.readFrom(new ByteArrayInputStream(new byte[8 * MIB]))
        }
        m.advanceTo(2 * SECOND)
        def some = new BitSet()
        some.set(0, 2000)

        when:
        new FileOutputStream('/dev/full').withCloseable { m.writeTo(it) }

        then:
        thrown(IOException)

        when:
        new FileOutputStream('/dev/full').withCloseable { m.writePagesTo(some, it) }

        then:
        thrown(IOException)

        and: 'the memory streams again afterwards'
        image(m).length == 8 * MIB

        where:
        origin << ['booted', 'restored']
    }

    def "writePagesTo refuses pages beyond the memory"() {
        given:
        def beyond = new BitSet()
        beyond.set(1024)

        when:
        memory().writePagesTo(beyond, new ByteArrayOutputStream())

        then:
        thrown(IllegalArgumentException)
    }

    def "readFrom then writeTo round-trips, and the workload goes on from the restored pages"() {
        given:
        def source = memory('source', 4 * MIB, 1)
        def saved = imageAt(source, 30 * SECOND)
        def target = memory('target', 4 * MIB, 2, 256 * 1024)
        target.advanceTo(5 * SECOND)

        when:
        target.readFrom(new ByteArrayInputStream(saved))

        then:
        image(target) == saved
        image(SimGuestMemory.open(dir.resolve('target'))) == saved
        target.dirtiedSinceLastRound().cardinality() == 1024

        when:
        def later = imageAt(target, 6 * SECOND)

        then:
        differingPages(saved, later).cardinality() == 64
    }

    def "readFrom reads only its memory's bytes, leaving the rest of the stream"() {
        given:
        def m = memory()
        def saved = imageAt(memory('other', 4 * MIB, 8), 4 * SECOND)
        def stream = new SequenceInputStream(new ByteArrayInputStream(saved), new ByteArrayInputStream('trailer'.bytes))

        when:
        m.readFrom(stream)

        then:
        image(m) == saved
        new String(stream.readAllBytes()) == 'trailer'
    }

    def "a restore from a stream that ends early changes nothing"() {
        given:
        def m = memory()
        def before = imageAt(m, 7 * SECOND)

        when:
        m.readFrom(new ByteArrayInputStream(new byte[4 * MIB - 1]))

        then:
        def e = thrown(EOFException)
        e.message == 'memory image ended after 4194303 of 4194304 bytes'
        image(m) == before
        imageAt(SimGuestMemory.open(dir.resolve('m')), 7 * SECOND) == before
        Files.list(dir.resolve('m')).map { it.fileName.toString() }.sorted().toList() == ['memory-0.img', 'memory.state']
    }

    def "a restore writes zero pages as holes and keeps one data file"() {
        given:
        def m = memory()
        def zeros = new byte[4 * MIB]
        zeros[PAGE * 3] = 1

        when:
        m.readFrom(new ByteArrayInputStream(zeros))

        then:
        image(m) == zeros
        Files.list(dir.resolve('m')).map { it.fileName.toString() }.sorted().toList() == ['memory-1.img', 'memory.state']
        allocatedBytes(dir.resolve('m/memory-1.img')) < 64 * 1024
    }

    static long allocatedBytes(Path file) {
        def process = new ProcessBuilder('stat', '-c', '%b %B', file.toString()).start()
        def (blocks, blockSize) = process.inputStream.text.trim().split(' ')*.toLong()
        blocks * blockSize
    }

    def "a memory persists across open(): pages, rate and running position"() {
        given:
        def m = memory('m', 4 * MIB, 11, 128 * 1024)
        m.advanceTo(10 * SECOND)
        m.setDirtyRate(512 * 1024, 10 * SECOND)
        def expected = imageAt(m, 12 * SECOND)

        when:
        def reopened = SimGuestMemory.open(dir.resolve('m'))

        then:
        reopened.sizeBytes() == 4 * MIB
        reopened.dirtyRate() == 512 * 1024
        imageAt(reopened, 12 * SECOND) == expected
    }

    def "a rate change applies from its running time on: #before KiB/s then #after KiB/s"() {
        given:
        def m = memory('m', 16 * MIB, 4, before * 1024)
        def start = image(m)
        m.setDirtyRate(after * 1024, 10 * SECOND)

        when:
        int dirtied = differingPages(start, imageAt(m, 20 * SECOND)).cardinality()

        then:
        dirtied == (before + after) * 10 * 1024 / PAGE - bootPagesRewrittenWithSameLuck

        where:
        before | after | bootPagesRewrittenWithSameLuck
        64     | 64    | 0
        64     | 0     | 0
        0      | 128   | 0
        128    | 32    | 0
    }

    def "open finds no memory in an empty directory, and delete leaves none"() {
        given:
        def m = memory()

        when:
        m.delete()
        SimGuestMemory.open(dir.resolve('m'))

        then:
        def e = thrown(XshException)
        e.message == "no guest memory in ${dir.resolve('m')} (${dir.resolve('m/memory.state')} is missing)"
        Files.list(dir.resolve('m')).count() == 0
    }

    def "create refuses a directory that already holds a memory"() {
        given:
        memory()

        when:
        memory()

        then:
        def e = thrown(XshException)
        e.message == "guest memory already exists in ${dir.resolve('m')}"
    }

    def "running times and rates are never negative"() {
        given:
        def m = memory()

        when:
        m.advanceTo(-1)

        then:
        thrown(IllegalArgumentException)

        when:
        m.setDirtyRate(-1, 0)

        then:
        thrown(IllegalArgumentException)

        when:
        SimGuestMemory.create(dir.resolve('n'), 4 * MIB, 1, -5)

        then:
        thrown(IllegalArgumentException)
    }

    def "sizes must be whole pages: #size"() {
        when:
        SimGuestMemory.create(dir.resolve('m'), size, 1, 0)

        then:
        thrown(IllegalArgumentException)

        where:
        size << [0, -4096, 4095, 4097]
    }
}
