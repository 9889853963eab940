package xsh.toolstack.migrate

import xsh.hv.GuestMemory
import xsh.toolstack.saverestore.LibxcStream

class PrecopyRoundsSpec extends MigrationFixture {

    /** A PAGE_DATA record's bytes for {@code pages} pages in records of at most BATCH_PAGES. */
    static long recordBytes(long pages) {
        long records = (pages + LibxcStream.BATCH_PAGES - 1).intdiv(LibxcStream.BATCH_PAGES)
        records * 16 + pages * 8 + pages * GuestMemory.PAGE_SIZE
    }

    def "under a dirtying workload the rounds shrink: every page, then what was dirtied meanwhile, until few are left"() {
        given:
        running('db', 64, 32 * MiB)

        when:
        def report = migrate('db')

        then:
        def rounds = report.perRound()
        rounds.size() == report.rounds()
        rounds.size() >= 4
        rounds[0].pages() == 64 * MiB / GuestMemory.PAGE_SIZE
        rounds*.number() == (1..rounds.size()).toList()
        (1..<rounds.size() - 1).every { rounds[it].pages() < rounds[it - 1].pages() }
        (1..<rounds.size() - 1).every { rounds[it].pages() == rounds[it - 1].dirtyPages() }
        rounds.last().stopAndCopy()
        !rounds[0..-2].any { it.stopAndCopy() }
        rounds[-2].dirtyPages() <= PrecopyPolicy.DEFAULT.stopPages() || rounds.size() == PrecopyPolicy.DEFAULT.maxRounds() + 1
        rounds.last().pages() >= rounds[-2].dirtyPages()
        rounds.last().dirtyPages() == 0
    }

    def "the report's figures agree: bytes are the rounds' records and the stream's few framing bytes, downtime within total"() {
        given:
        running('db', 32, 16 * MiB)

        when:
        def report = migrate('db')

        then:
        report.perRound().every { it.bytes() == recordBytes(it.pages()) }
        long overhead = report.bytes() - report.perRound().sum { it.bytes() }
        overhead > 0 && overhead < 16 * 1024
        report.storageBytes() == 0
        report.downtimeMs() <= report.totalMs()
        report.totalMs() >= report.perRound().sum { it.ms() }
        report.bytes() == link.sent
    }

    def "a round limit of #limit stops pre-copy after #limit live rounds however much is dirtied"() {
        given:
        running('db', 32, 256 * MiB)

        when:
        def report = migrate('db', [precopy: new PrecopyPolicy(limit, 0)])

        then:
        report.rounds() == limit + 1
        report.perRound().findAll { !it.stopAndCopy() }.size() == limit

        where:
        limit << [1, 3]
    }

    def "progress is told round by round, bytes only growing, the phases in order"() {
        given:
        running('db', 32, 16 * MiB)
        List<MigrationProgress.Status> statuses = []

        when:
        def report = migrate('db', [progress: { statuses << it } as MigrationProgress])

        then:
        statuses.size() > report.rounds()
        (1..<statuses.size()).every { statuses[it].bytesSent() >= statuses[it - 1].bytesSent() }
        statuses*.phase().unique() == [MigrationProgress.Phase.PRECOPY, MigrationProgress.Phase.STOP_AND_COPY,
                                       MigrationProgress.Phase.HANDSHAKE]
        statuses.findAll { it.phase() == MigrationProgress.Phase.PRECOPY }*.round().unique() ==
                (1..report.rounds() - 1).toList()
        statuses.every { it.roundDone() <= it.roundTotal() }
        statuses.find { it.round() == 2 }.dirtyBytesPerSecond() > 0
    }
}
