package xsh.hv.sim.memory

import static xsh.hv.sim.memory.MemoryImages.*

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException

/** Operations stopped between their steps on disk, as a kill -9 would stop them. */
class MemoryCrashSpec extends Specification {

    static class SimulatedCrash extends RuntimeException {
        SimulatedCrash(CrashPoint point) {
            super("crashed at ${point}")
        }
    }

    static CrashPoint.Hook crashAt(CrashPoint point) {
        { CrashPoint reached -> if (reached == point) throw new SimulatedCrash(reached) } as CrashPoint.Hook
    }

    @TempDir
    Path dir

    Path memoryDir() {
        dir.resolve('m')
    }

    SimGuestMemory memory() {
        SimGuestMemory.create(memoryDir(), 4 * MIB, 42, 256 * 1024)
    }

    List<String> fileNames() {
        Files.list(memoryDir()).map { it.fileName.toString() }.sorted().toList()
    }

    def "a restore stopped at #point leaves the #outcome memory, and the next restore cleans up"() {
        given:
        def m = memory()
        def old = imageAt(m, 5 * SECOND)
        def saved = imageAt(SimGuestMemory.create(dir.resolve('source'), 4 * MIB, 7, 0), 0)
        m.crashWith(crashAt(point))

        when:
        m.readFrom(new ByteArrayInputStream(saved))

        then:
        thrown(SimulatedCrash)

        when:
        def reopened = SimGuestMemory.open(memoryDir())

        then:
        imageAt(reopened, 5 * SECOND) == [old: old, new: saved][outcome]

        when:
        reopened.readFrom(new ByteArrayInputStream(saved))

        then:
        image(reopened) == saved
        fileNames() == [outcome == 'old' ? 'memory-1.img' : 'memory-2.img', 'memory.state']

        where:
        point                        || outcome
        CrashPoint.DATA_FILE_WRITTEN || 'old'
        CrashPoint.STATE_TEMP_WRITTEN || 'old'
        CrashPoint.STATE_REPLACED    || 'new'
    }

    def "a rate change stopped before its state is replaced keeps the old rate"() {
        given:
        def m = memory()
        m.crashWith(crashAt(CrashPoint.STATE_TEMP_WRITTEN))

        when:
        m.setDirtyRate(1 << 20, 3 * SECOND)

        then:
        thrown(SimulatedCrash)
        SimGuestMemory.open(memoryDir()).dirtyRate() == 256 * 1024
    }

    def "a round stopped before its state is replaced is taken again whole"() {
        given:
        def m = memory()
        m.advanceTo(SECOND)
        m.dirtiedSinceLastRound()
        m.advanceTo(2 * SECOND)
        m.crashWith(crashAt(CrashPoint.STATE_TEMP_WRITTEN))

        when:
        def lost = m.dirtiedSinceLastRound()

        then:
        thrown(SimulatedCrash)

        when:
        def reopened = SimGuestMemory.open(memoryDir())
        reopened.advanceTo(2 * SECOND)

        then:
        reopened.dirtiedSinceLastRound().cardinality() == 64
    }

    def "a create stopped at #point leaves no memory, and create again succeeds"() {
        when:
        SimGuestMemory.create(memoryDir(), 4 * MIB, 1, 0, crashAt(point))

        then:
        thrown(SimulatedCrash)

        when:
        SimGuestMemory.open(memoryDir())

        then:
        def e = thrown(XshException)
        e.message.startsWith("no guest memory in ${memoryDir()}")

        when:
        def created = SimGuestMemory.create(memoryDir(), 4 * MIB, 1, 0)

        then:
        image(created) == image(SimGuestMemory.create(dir.resolve('twin'), 4 * MIB, 1, 0))
        fileNames() == ['memory-0.img', 'memory.state']

        where:
        point << [CrashPoint.DATA_FILE_WRITTEN, CrashPoint.STATE_TEMP_WRITTEN]
    }

    def "a delete stopped after removing the state leaves no memory, and a new one starts clean"() {
        given:
        def m = memory()
        m.readFrom(new ByteArrayInputStream(new byte[4 * MIB]))
        m.crashWith(crashAt(CrashPoint.STATE_DELETED))

        when:
        m.delete()

        then:
        thrown(SimulatedCrash)
        fileNames() == ['memory-1.img']

        when:
        SimGuestMemory.open(memoryDir())

        then:
        thrown(XshException)

        when:
        SimGuestMemory.create(memoryDir(), 4 * MIB, 1, 0)

        then:
        fileNames() == ['memory-0.img', 'memory.state']
    }

    def "a state file half replaced by a crash (its temporary file torn) is ignored: the old state holds"() {
        given:
        def m = memory()
        def old = imageAt(m, 9 * SECOND)
        def state = memoryDir().resolve('memory.state')
        def newer = MemoryStateFile.format(MemoryStateFile.parse(state, Files.readString(state)).withRoundAt(4000))
        Files.writeString(memoryDir().resolve('memory.state.tmp'), newer.substring(0, newer.length().intdiv(2)))

        when:
        def reopened = SimGuestMemory.open(memoryDir())

        then:
        imageAt(reopened, 9 * SECOND) == old
        reopened.dirtiedSinceLastRound().cardinality() == 1024

        when: 'the next change writes its own temporary file over the torn one'
        reopened.setDirtyRate(0, 9 * SECOND)

        then:
        SimGuestMemory.open(memoryDir()).dirtyRate() == 0
        !Files.exists(memoryDir().resolve('memory.state.tmp'))
    }

    def "a truncated state file (#kept of its bytes) is refused with a message naming the file"() {
        given:
        memory()
        def state = memoryDir().resolve('memory.state')
        def bytes = Files.readAllBytes(state)
        Files.write(state, Arrays.copyOf(bytes, kept < 0 ? bytes.length + kept : kept))

        when:
        SimGuestMemory.open(memoryDir())

        then:
        def e = thrown(XshException)
        e.message == "guest memory state ${state} is truncated (no checksum line)"
        e.exitCode() == 1

        where:
        kept << [0, 1, 19, 60, -20, -1]
    }

    def "a state file with a changed value is refused: its checksum no longer matches"() {
        given:
        memory()
        def state = memoryDir().resolve('memory.state')
        Files.writeString(state, Files.readString(state).replace('seed 42', 'seed 43'))

        when:
        SimGuestMemory.open(memoryDir())

        then:
        def e = thrown(XshException)
        e.message ==~ /guest memory state \Q${state}\E is damaged \(checksum [0-9a-f]{8} does not match its content\)/
    }

    def "a data file of the wrong length is refused with a message naming it"() {
        given:
        memory()
        def data = memoryDir().resolve('memory-0.img')
        new RandomAccessFile(data.toFile(), 'rw').withCloseable { it.setLength(4096) }

        when:
        SimGuestMemory.open(memoryDir())

        then:
        def e = thrown(XshException)
        e.message == "guest memory data file ${data} has 4096 bytes, not 4194304"
    }

    def "the state file is a few readable lines"() {
        given:
        def m = memory()
        m.setDirtyRate(1 << 20, 2 * SECOND)

        expect:
        Files.readAllLines(memoryDir().resolve('memory.state')).init() == [
                'xsh-guest-memory 1',
                'size-bytes 4194304',
                'seed 42',
                'data-generation 0',
                'rate-since-nanos 2000000000',
                'rate-since-bytes 524288',
                'rate-bytes-per-second 1048576',
                'materialized-at 0',
                'round-at none']
        Files.readAllLines(memoryDir().resolve('memory.state')).last() ==~ /crc32 [0-9a-f]{8}/
    }
}
