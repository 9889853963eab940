package xsh.shell.repl

import spock.lang.Specification

class LineWordsSpec extends Specification {

    def "#line: words #values at #spans, commands starting at #starts"() {
        when:
        def words = LineWords.of(line).words()

        then:
        words*.value() == values
        words.collect { [it.start(), it.end()] } == spans
        words.findAll { it.startsCommand() }*.value() == starts

        where:
        line                 | values                 | spans                      | starts
        'pause  web'         | ['pause', 'web']       | [[0, 5], [7, 10]]          | ['pause']
        "cfg 'a b.cfg';list" | ['cfg', 'a b.cfg', 'list'] | [[0, 3], [4, 13], [14, 18]] | ['cfg', 'list']
        'a\\\nb c'           | ['ab', 'c']            | [[0, 4], [5, 6]]           | ['ab']
        'a \\\n b'           | ['a', 'b']             | [[0, 1], [5, 6]]           | ['a']
        '# x\nlist'          | ['list']               | [[4, 8]]                   | ['list']
        'list a#b'           | ['list', 'a#b']        | [[0, 4], [5, 8]]           | ['list']
    }

    def "a comment runs to the end of its line; the first one is where drawing it starts"() {
        expect:
        LineWords.of(line).commentStart() == start

        where:
        line                 | start
        'list'               | -1
        'list # all; pause'  | 5
        '# a\nlist # b'      | 0
    }

    def "a quote left open makes the last word run to the end, and says which quote: #line"() {
        when:
        def last = LineWords.of(line).words().last()

        then:
        last.unterminated()
        last.openQuote() == quote as char
        last.value() == value
        last.end() == line.length()

        where:
        line                | quote | value
        "cfg show 'a b"     | "'"   | 'a b'
        'cfg show "a \\"b'  | '"'   | 'a "b'
    }
}
