package xsh.hv.xen.parse

import spock.lang.Specification
import xsh.hv.NativeProgress

/** xl -t's stderr into progress and messages, lines split on CR and LF, in whatever pieces it arrives. */
class XlProgressTextSpec extends Specification {

    /** What a NativeProgress was told, in order. */
    static class Recorder implements NativeProgress {
        List<Object> events = []

        @Override
        void message(String line) {
            events << line
        }

        @Override
        void progress(long done, long total) {
            events << [done, total]
        }
    }

    static final String SAVE = 'Saving to /x new xl format (info 0x3/0x0/1203)\n' +
            'xc: info: Saving domain 1, type x86 PV\n' +
            'xc: Frames: 0/131072    0%\r' +
            'xc: Frames: 65536/131072   50%\r' +
            'xc: Frames: 131072/131072  100%\n' +
            'xc: Frames iteration 1 of 5: 120/120  100%\n' +
            'xc: info: Domain now suspended\n' +
            'libxl: info: libxl_exec.c:1: done\n'

    static final List<Object> EXPECTED = [
            'Saving to /x new xl format (info 0x3/0x0/1203)',
            'xc: info: Saving domain 1, type x86 PV',
            [0L, 131072L], [65536L, 131072L], [131072L, 131072L], [120L, 120L],
            'xc: info: Domain now suspended',
            'libxl: info: libxl_exec.c:1: done']

    def "a save's output at once"() {
        given:
        Recorder r = new Recorder()

        when:
        XlProgressText.feed(SAVE, r)

        then:
        r.events == EXPECTED
    }

    def "the same output in pieces of #size characters"() {
        given:
        Recorder r = new Recorder()
        XlProgressText text = new XlProgressText(r)

        when:
        SAVE.toList().collate(size).each { text.feed(it.join()) }
        text.finish()

        then:
        r.events == EXPECTED

        where:
        size << [1, 2, 7, 64, 10_000]
    }

    def "a line keeps xl's indent, not the spaces after it"() {
        given:
        Recorder r = new Recorder()

        when:
        XlProgressText.feed('Loading new save file web.save (new xl fmt info 0x3/0x0/833)\n'
                + ' Savefile contains xl domain config in JSON format  \n', r)

        then:
        r.events == ['Loading new save file web.save (new xl fmt info 0x3/0x0/833)',
                     ' Savefile contains xl domain config in JSON format']
    }

    def "a terminal's erasing spaces and CR LF pairs give no lines; a last line without end is read at finish"() {
        given:
        Recorder r = new Recorder()
        XlProgressText text = new XlProgressText(r)

        when:
        text.feed('xc: Frames: 100000/131072   76%\rxc: Done: 5/5  100%          \r\r\nmigration target: Transfer complete\r\nlast')

        then:
        r.events == [[100000L, 131072L], [5L, 5L], 'migration target: Transfer complete']

        when:
        text.finish()

        then:
        r.events.last() == 'last'
    }
}
