package xsh.shell.top

import java.nio.charset.StandardCharsets
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import org.jline.terminal.Attributes
import org.jline.terminal.Size
import org.jline.terminal.impl.ExternalTerminal
import spock.lang.Specification
import spock.lang.Timeout
import xsh.toolstack.fake.FakeHypervisor
import xsh.toolstack.top.TopColumn
import xsh.toolstack.top.TopMonitor

/**
 * The full-screen loop on a terminal whose keys the spec types in advance (an xterm over
 * streams): it draws on the alternate screen, acts on the keys and gives the terminal back.
 */
@Timeout(60) // a guard: a key that is not acted on would leave the view waiting for ever
class TopViewSpec extends Specification {

    def hv = new FakeHypervisor(now: Instant.parse('2026-01-03T01:02:03Z'))

    def setup() {
        hv.add(domid: 3, name: 'web', running: true, currentKib: 1024 * 1024)
        hv.add(domid: 4, name: 'db', blocked: true, currentKib: 2048 * 1024)
    }

    /**
     * Runs the view with these keys typed, then the input ended if {@code end}; returns what
     * it wrote to the terminal.
     */
    String run(String keys, TopSettings settings = new TopSettings(Duration.ofHours(1), 0, false, TopColumn.NAME),
               boolean end = false) {
        def output = new ByteArrayOutputStream()
        def typing = new PipedOutputStream()
        def input = new PipedInputStream(typing)
        def terminal = new ExternalTerminal('spec', 'xterm', input, output, StandardCharsets.UTF_8)
        terminal.setSize(new Size(100, 20))
        // raw before the keys are typed ahead, so that they are neither echoed nor taken for signals
        terminal.enterRawMode()
        terminal.attributes = terminal.attributes.tap { setLocalFlag(Attributes.LocalFlag.ISIG, false) }
        Attributes before = terminal.attributes
        typing.write(keys.getBytes(StandardCharsets.UTF_8))
        typing.flush()
        if (end) {
            typing.close()
        }
        try {
            new TopView(terminal, new TopMonitor(hv), settings, ZoneOffset.UTC).run()
            assert terminal.attributes.localFlags == before.localFlags
            assert terminal.attributes.inputFlags == before.inputFlags
        } finally {
            typing.close()
            terminal.close()
        }
        output.toString(StandardCharsets.UTF_8)
    }

    /** Whether the view left the alternate screen, after the last thing it drew, with the cursor shown again. */
    static boolean left(String shown) {
        int drawn = shown.lastIndexOf(TopKeys.HELP.take(20))
        int cursorShown = shown.lastIndexOf('25h')    // xterm's cnorm: \e[?12;25h
        int exit = shown.lastIndexOf('\u001b[?1049l')
        drawn > 0 && drawn < cursorShown && cursorShown < exit
    }

    def "q quits after drawing the summary, the header and the domains on the alternate screen"() {
        when:
        def shown = run('q')

        then:
        shown.startsWith('\u001b[?1049h')          // xterm's alternate screen
        shown.contains('xsh top - 01:02:03   Xen 4.17.7')
        shown.contains('2 running, 1 blocked')
        shown.contains('NAME')
        shown.contains('web')
        shown.contains(TopKeys.HELP)
        left(shown)                                  // and back to the shell's screen
        shown.indexOf('db') < shown.indexOf('Domain-0')
        shown.indexOf('Domain-0') < shown.indexOf('web')
    }

    /** The text written, without the terminal's control sequences. */
    static String plain(String shown) {
        shown.replaceAll(/\u001b\[[0-9;?]*[A-Za-z]/, '')
    }

    /** What the view wrote after its first full frame. */
    static String afterFirstFrame(String shown) {
        shown.substring(shown.indexOf(TopKeys.HELP) + TopKeys.HELP.length())
    }

    def "a sort key redraws the rows at once in the new order"() {
        when: 'quit at once, or sort by memory first'
        def quitOnly = run('q')
        def sorted = run('Mq')

        then:
        !afterFirstFrame(quitOnly).contains('Domain-0')
        afterFirstFrame(sorted).indexOf('Domain-0') < afterFirstFrame(sorted).indexOf('db')
    }

    def "#name quits too"() {
        expect:
        left(run(keys, new TopSettings(Duration.ofHours(1), 0, false, TopColumn.NAME), end))

        where:
        name           | keys     | end
        'Q'            | 'Q'      | false
        'Ctrl-C'       | '\u0003' | false
        'Esc'          | '\u001b' | false
    }

    def "d asks for a new delay on the bottom line; Enter sets it and the view goes on"() {
        when:
        def shown = run('d0.55\b\rq')

        then:
        plain(shown).contains('Delay(sec): 0.55')
        left(shown)
    }

    def "Esc gives up the delay prompt and the view goes on until q"() {
        when:
        def shown = run('d7\u001bq')

        then:
        plain(shown).contains('Delay(sec): 7')
        left(shown)
    }

    def "-i N: the view ends by itself after N frames"() {
        expect:
        left(run('', new TopSettings(Duration.ofMillis(1), 3, false, TopColumn.NAME)))
    }
}
