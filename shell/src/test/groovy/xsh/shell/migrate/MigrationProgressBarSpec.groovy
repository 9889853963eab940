package xsh.shell.migrate

import java.util.function.LongSupplier
import spock.lang.Specification
import xsh.toolstack.migrate.MigrationProgress.Phase
import xsh.toolstack.migrate.MigrationProgress.Status

class MigrationProgressBarSpec extends Specification {

    static final long MIB = 1 << 20
    static final String ERASE = '\r\033[K'
    static final String NL = System.lineSeparator()

    def text = new StringWriter()
    long now = 0

    MigrationProgressBar bar(boolean onTerminal) {
        new MigrationProgressBar(new PrintWriter(text), onTerminal, { now } as LongSupplier)
    }

    def "the line names the phase and round, a bar of the round, all sent, the rate and the dirty rate: #line"() {
        expect:
        MigrationProgressBar.text(status) == line

        where:
        status                                                                      || line
        new Status(Phase.PRECOPY, 1, 0, 256 * MIB, 0, 0, 0)                         || 'Round 1 [            ]   0% 0 B --.- B/s'
        new Status(Phase.PRECOPY, 1, 128 * MIB, 256 * MIB, 130 * MIB, 85.3 * MIB, 0) || 'Round 1 [######      ]  50% 130.0 MiB 85.3 MiB/s'
        new Status(Phase.PRECOPY, 2, 3 * MIB, 12 * MIB, 300 * MIB, 90 * MIB, 12 * MIB) || 'Round 2 [###         ]  25% 300.0 MiB 90.0 MiB/s dirty 12.0 MiB/s'
        new Status(Phase.STOP_AND_COPY, 4, 1, 1, 2L << 30, 100 * MIB, 512 * 1024)   || 'Round 4 final [############] 100% 2.0 GiB 100.0 MiB/s dirty 512.0 KiB/s'
        new Status(Phase.STORAGE, 0, 1 * MIB, 4 * MIB, 1 * MIB, 2 * MIB, 0)         || 'Disks [###         ]  25% 1.0 MiB 2.0 MiB/s'
        new Status(Phase.HANDSHAKE, 4, 0, 0, 2L << 30, 0, 0)                        || 'Handshake [############] 100% 2.0 GiB --.- B/s'
    }

    def "the longest line fits in 79 columns"() {
        expect:
        MigrationProgressBar.text(new Status(Phase.STOP_AND_COPY, 99, 1023 * MIB, 1023 * MIB, 1023L << 40,
                1023.9 * (1L << 40), 1023.9 * (1L << 40))).length() <= 79
    }

    def "redrawn at most every 100 ms within a round, at once when the round changes, erased for a notice and at the end"() {
        given:
        def progress = bar(true)

        when:
        progress.update(new Status(Phase.PRECOPY, 1, 1, 4 * MIB, 1, 0, 0))
        now += 50_000_000
        progress.update(new Status(Phase.PRECOPY, 1, 1 * MIB, 4 * MIB, 1 * MIB, 0, 0))
        now += 60_000_000
        progress.update(new Status(Phase.PRECOPY, 1, 2 * MIB, 4 * MIB, 2 * MIB, 0, 0))
        progress.update(new Status(Phase.PRECOPY, 2, 4096, 1 * MIB, 4 * MIB, 0, 0))
        progress.notice('migration sender: Target has acknowledged transfer.')
        progress.close()

        then:
        text.toString() == ERASE + 'Round 1 [            ]   0% 1 B --.- B/s' +
                ERASE + 'Round 1 [######      ]  50% 2.0 MiB --.- B/s' +
                ERASE + 'Round 2 [            ]   0% 4.0 MiB --.- B/s' +
                ERASE + 'migration sender: Target has acknowledged transfer.' + NL
    }

    def "a round is drawn from its first bytes on, and the handshake erases the bar: the receiver's lines come then"() {
        given:
        def progress = bar(true)

        when:
        progress.update(new Status(Phase.PRECOPY, 1, 0, 4 * MIB, 0, 0, 0))
        progress.update(new Status(Phase.PRECOPY, 1, 4 * MIB, 4 * MIB, 4 * MIB, 0, 0))
        progress.update(new Status(Phase.HANDSHAKE, 1, 0, 0, 4 * MIB, 0, 0))

        then:
        text.toString() == ERASE + 'Round 1 [############] 100% 4.0 MiB --.- B/s' + ERASE
    }

    def "off a terminal only the notices are written"() {
        given:
        def progress = bar(false)

        when:
        progress.update(new Status(Phase.PRECOPY, 1, 0, 4 * MIB, 0, 0, 0))
        progress.notice('Migration successful.')
        progress.update(new Status(Phase.HANDSHAKE, 2, 0, 0, 4 * MIB, 0, 0))
        progress.close()

        then:
        text.toString() == 'Migration successful.' + NL
    }
}
