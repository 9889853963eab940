package xsh.shell.saverestore

import spock.lang.Specification
import xsh.toolstack.saverestore.ImageProgress.Step

class ProgressLineSpec extends Specification {

    static final long MIB = 1 << 20
    static final String ERASE = '\r\033[K'

    def text = new StringWriter()

    def "on a terminal the line is redrawn in place each time the percentage moves, and erased at the end"() {
        given:
        def line = new ProgressLine(new PrintWriter(text), true)

        when:
        line.progress(Step.SAVING, 0, 256 * MIB)
        line.progress(Step.SAVING, 1000, 256 * MIB) // still 0 %
        line.progress(Step.SAVING, 128 * MIB, 256 * MIB)
        line.progress(Step.SAVING, 256 * MIB, 256 * MIB)
        line.close()

        then:
        text.toString() == ERASE + 'Saving memory:   0% (0/256 MiB)' +
                ERASE + 'Saving memory:  50% (128/256 MiB)' +
                ERASE + 'Saving memory: 100% (256/256 MiB)' +
                ERASE
    }

    def "a line told meanwhile erases the progress line first and stands on its own"() {
        given:
        def line = new ProgressLine(new PrintWriter(text), true)

        when:
        line.progress(Step.VERIFYING, 10 * MIB, 40 * MIB)
        line.tell('Parsing config from <saved>')
        line.progress(Step.LOADING, 40 * MIB, 40 * MIB)
        line.close()

        then:
        text.toString() == ERASE + 'Verifying image:  25% (10/40 MiB)' + ERASE +
                'Parsing config from <saved>' + System.lineSeparator() +
                ERASE + 'Restoring memory: 100% (40/40 MiB)' + ERASE
    }

    def "off a terminal only the lines told are written: xl's bytes"() {
        given:
        def line = new ProgressLine(new PrintWriter(text), false)

        when:
        line.progress(Step.SAVING, 5 * MIB, 10 * MIB)
        line.tell('Saving to web.save new xl format (info 0x3/0x0/700)')
        line.progress(Step.SAVING, 10 * MIB, 10 * MIB)
        line.close()

        then:
        text.toString() == 'Saving to web.save new xl format (info 0x3/0x0/700)' + System.lineSeparator()
    }
}
