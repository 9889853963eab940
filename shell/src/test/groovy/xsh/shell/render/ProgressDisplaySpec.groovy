package xsh.shell.render

import spock.lang.Specification

class ProgressDisplaySpec extends Specification {

    static final long MIB = 1L << 20
    static final long MS = 1_000_000L
    static final String ERASE = '\r\033[K'

    def text = new StringWriter()
    long now = 5_000 * MS
    def clock = { now }

    def display(boolean onTerminal = true) {
        new ProgressDisplay(new PrintWriter(text), onTerminal, clock as java.util.function.LongSupplier)
    }

    List<String> drawn() {
        text.toString().split(/\r\033\[K/, -1).drop(1) as List
    }

    def "the rate is the stage's bytes over its time; the ETA follows from it"() {
        given:
        def d = display()

        when:
        d.update('Saving memory', 0, 400 * MIB)
        now += 2_000 * MS
        d.update('Saving memory', 100 * MIB, 400 * MIB)
        d.close()

        then:
        drawn() == ['Saving memory [            ]   0% 0.0/400.0 MiB --.- B/s ETA --:--',
                    'Saving memory [###         ]  25% 100.0/400.0 MiB 50.0 MiB/s ETA 0:06',
                    '']
    }

    def "redrawn at most every 100 ms, but at once at a new stage and at the end of one"() {
        given:
        def d = display()

        when:
        d.update('Saving memory', 0, 100 * MIB)
        (1..9).each {
            now += 10 * MS
            d.update('Saving memory', it * MIB, 100 * MIB)     // within 100 ms of the first draw: skipped
        }
        now += 10 * MS
        d.update('Saving memory', 10 * MIB, 100 * MIB)         // 100 ms on: drawn
        now += 1 * MS
        d.update('Saving memory', 100 * MIB, 100 * MIB)        // the end: drawn at once
        d.update('Saving memory', 100 * MIB, 100 * MIB)        // nothing new
        now += 1 * MS
        d.update('Checksumming', 0, 100 * MIB)                 // a new stage: drawn at once, its own rate
        d.close()

        then:
        drawn() == ['Saving memory [            ]   0% 0.0/100.0 MiB --.- B/s ETA --:--',
                    'Saving memory [#           ]  10% 10.0/100.0 MiB 100.0 MiB/s ETA 0:01',
                    'Saving memory [############] 100% 100.0/100.0 MiB 990.1 MiB/s ETA 0:00',
                    'Checksumming [            ]   0% 0.0/100.0 MiB --.- B/s ETA --:--',
                    '']
    }

    def "a line told meanwhile erases the progress line first, which is drawn again at the next update"() {
        given:
        def d = display()

        when:
        d.update('Verifying image', 10 * MIB, 40 * MIB)
        d.tell('Parsing config from <saved>')
        now += 1 * MS
        d.update('Verifying image', 11 * MIB, 40 * MIB)
        d.close()

        then:
        text.toString() == ERASE + 'Verifying image [###         ]  25% 10.0/40.0 MiB --.- B/s ETA --:--' + ERASE +
                'Parsing config from <saved>' + System.lineSeparator() +
                ERASE + 'Verifying image [###         ]  27% 11.0/40.0 MiB 1000.0 MiB/s ETA 0:01' + ERASE
    }

    def "off a terminal only the lines told are written"() {
        given:
        def d = display(false)

        when:
        d.update('Saving memory', 5 * MIB, 10 * MIB)
        d.tell('Saving to web.save new xl format (info 0x3/0x0/700)')
        d.update('Saving memory', 10 * MIB, 10 * MIB)
        d.close()

        then:
        text.toString() == 'Saving to web.save new xl format (info 0x3/0x0/700)' + System.lineSeparator()
        !text.toString().contains('\033')
    }

    def "nothing is drawn for work of no size, and closing without a line drawn writes nothing"() {
        given:
        def d = display()

        when:
        d.update('Saving memory', 0, 0)
        d.close()

        then:
        text.toString() == ''
    }

    def "drawn on stderr only when it is a terminal that can erase a line: #environment, terminal #terminal"() {
        expect:
        ProgressDisplay.drawable(environment, terminal) == drawn

        where:
        environment             | terminal || drawn
        [TERM: 'xterm-256color'] | true     || true
        [:]                     | true     || true
        [NO_COLOR: '1']         | true     || true    // no colours are drawn anyway
        [TERM: 'dumb']          | true     || false
        [TERM: 'xterm-256color'] | false    || false
    }
}
