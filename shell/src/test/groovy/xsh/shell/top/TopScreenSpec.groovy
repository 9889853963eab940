package xsh.shell.top

import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import org.jline.utils.AttributedStyle
import spock.lang.Specification
import xsh.toolstack.fake.FakeHypervisor
import xsh.toolstack.top.TopColumn
import xsh.toolstack.top.TopMonitor

/** One screenful of the full-screen view, and what the keys do to it. */
class TopScreenSpec extends Specification {

    def hv = new FakeHypervisor(now: Instant.parse('2026-01-03T01:02:03Z'))

    def setup() {
        hv.add(domid: 3, name: 'web', running: true, vcpus: 2, currentKib: 1024 * 1024)
        hv.add(domid: 4, name: 'db', blocked: true, currentKib: 2048 * 1024)
        hv.add(domid: 5, name: 'old', pauseCount: 1)
    }

    static TopViewState state(TopColumn sortBy) {
        TopViewState.of(new TopSettings(Duration.ofSeconds(1), 0, false, sortBy))
    }

    def frame(TopColumn sortBy) {
        new TopMonitor(hv).next(sortBy)
    }

    def "xentop's summary, the header, the domains, then the keys on the last line"() {
        when:
        def lines = TopScreen.lines(frame(TopColumn.NAME), state(TopColumn.NAME), false,
                ZoneOffset.UTC, 12, 120)*.toString()

        then:
        lines.size() == 12
        lines[0] == 'xsh top - 01:02:03   Xen 4.17.7   host default'
        lines[1] == '4 domains: 2 running, 1 blocked, 1 paused, 0 crashed, 0 dying, 0 shutdown '
        lines[2] == 'Mem: 33554432k total, 8912896k used, 24641536k free    CPUs: 8 @ 2394MHz'
        lines[3].startsWith('      NAME  STATE   CPU(sec) CPU(%)')
        lines[4..7]*.trim()*.split(' ')*.getAt(0) == ['db', 'Domain-0', 'old', 'web']
        lines[8..10].every { it == '' }
        lines[11] == TopKeys.HELP
    }

    def "the header is in reverse video, the sort column's cells in bold"() {
        when:
        def lines = TopScreen.lines(frame(TopColumn.MEMORY), state(TopColumn.MEMORY), false,
                ZoneOffset.UTC, 10, 120)
        def header = lines[3]
        def memColumn = header.toString().indexOf('MEM(k)')
        def row = lines[4]

        then:
        header.styleAt(0) == AttributedStyle.DEFAULT.inverse()
        header.styleAt(memColumn) == AttributedStyle.DEFAULT.inverse().bold()
        row.styleAt(0) == AttributedStyle.DEFAULT
        row.styleAt(memColumn) == AttributedStyle.DEFAULT.bold()
    }

    def "a short screen shows the domains that fit from the first scrolled to; lines are cut to its width"() {
        given:
        def state = state(TopColumn.NAME).after(TopAction.SCROLL_DOWN, 4)

        when:
        def lines = TopScreen.lines(frame(TopColumn.NAME), state, false, ZoneOffset.UTC, 7, 40)*.toString()

        then:
        lines.size() == 7
        lines.every { it.length() <= 40 }
        lines[4..5]*.trim()*.split(' ')*.getAt(0) == ['Domain-0', 'old']
        lines[6] == TopKeys.HELP.take(40)
    }

    def "#keys: sorted by #column, first row #first"() {
        when:
        def state = state(TopColumn.NAME)
        keys.each { state = state.after(it, 4) }

        then:
        state.sortBy() == column
        state.firstRow() == first
        !state.quit()

        where:
        keys                                                         | column                 | first
        [TopAction.SORT_NEXT]                                        | TopColumn.STATE        | 0
        [TopAction.SORT_PREVIOUS]                                    | TopColumn.UPTIME       | 0
        [TopAction.SORT_BY_MEMORY]                                   | TopColumn.MEMORY       | 0
        [TopAction.SORT_BY_CPU]                                      | TopColumn.CPU_PERCENT  | 0
        [TopAction.SORT_BY_CPU_TIME, TopAction.SORT_NEXT]            | TopColumn.CPU_PERCENT  | 0
        [TopAction.SORT_BY_UPTIME, TopAction.SORT_BY_NAME]           | TopColumn.NAME         | 0
        [TopAction.SCROLL_UP]                                        | TopColumn.NAME         | 0
        [TopAction.SCROLL_DOWN] * 9                                  | TopColumn.NAME         | 3
        [TopAction.SCROLL_DOWN, TopAction.SCROLL_DOWN, TopAction.SCROLL_UP] | TopColumn.NAME  | 1
        [TopAction.NONE, TopAction.REPAINT]                          | TopColumn.NAME         | 0
    }

    def "q quits"() {
        expect:
        state(TopColumn.NAME).after(TopAction.QUIT, 4).quit()
    }

    def "a new delay keeps the rest; d alone changes nothing until one is typed"() {
        given:
        def before = state(TopColumn.MEMORY).after(TopAction.SCROLL_DOWN, 4)

        expect:
        before.after(TopAction.DELAY, 4) == before
        before.withDelay(Duration.ofMillis(500)) == new TopViewState(TopColumn.MEMORY, 1, Duration.ofMillis(500), false)
    }

    def "the bottom line can be a prompt"() {
        expect:
        TopScreen.lines(frame(TopColumn.NAME), state(TopColumn.NAME), false, ZoneOffset.UTC, 10, 120,
                TopKeys.DELAY_PROMPT + '2.5')*.toString().last() == '  Delay(sec): 2.5'
    }
}
