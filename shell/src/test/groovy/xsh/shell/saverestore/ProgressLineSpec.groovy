package xsh.shell.saverestore

import spock.lang.Specification
import xsh.shell.render.ProgressDisplay
import xsh.toolstack.saverestore.ImageProgress.Step

class ProgressLineSpec extends Specification {

    static final long MIB = 1 << 20
    static final String ERASE = '\r\033[K'

    def text = new StringWriter()
    long now = 0

    ProgressLine line(boolean onTerminal) {
        new ProgressLine(new ProgressDisplay(new PrintWriter(text), onTerminal, { now } as java.util.function.LongSupplier))
    }

    def "each step of a save or a restore has its name on the line: #step"() {
        given:
        def progress = line(true)

        when:
        progress.progress(step, 0, 8 * MIB)
        progress.close()

        then:
        text.toString() == ERASE + label + ' [            ]   0% 0.0/8.0 MiB --.- B/s ETA --:--' + ERASE

        where:
        step              | label
        Step.SAVING       | 'Saving memory'
        Step.CHECKSUMMING | 'Checksumming'
        Step.VERIFYING    | 'Verifying image'
        Step.LOADING      | 'Restoring memory'
    }

    def "xl's lines told meanwhile stand on lines of their own"() {
        given:
        def progress = line(true)

        when:
        progress.progress(Step.VERIFYING, 10 * MIB, 40 * MIB)
        progress.tell('Parsing config from <saved>')
        progress.close()

        then:
        text.toString() == ERASE + 'Verifying image [###         ]  25% 10.0/40.0 MiB --.- B/s ETA --:--' + ERASE +
                'Parsing config from <saved>' + System.lineSeparator()
    }

    def "off a terminal only xl's lines are written"() {
        given:
        def progress = line(false)

        when:
        progress.progress(Step.SAVING, 5 * MIB, 10 * MIB)
        progress.tell('Saving to web.save new xl format (info 0x3/0x0/700)')
        progress.progress(Step.SAVING, 10 * MIB, 10 * MIB)
        progress.close()

        then:
        text.toString() == 'Saving to web.save new xl format (info 0x3/0x0/700)' + System.lineSeparator()
    }
}
