package xsh.shell.render

import spock.lang.Specification

class CTextSpec extends Specification {

    def "%8.1f rounds the double's exact value, ties to even, as glibc does: #value"() {
        expect:
        CText.fixed(value, 8, 1) == text

        where:
        value           | text
        0d              | '     0.0'
        0.25d           | '     0.2'    // an exact tie: to even (Java's %.1f says 0.3)
        0.75d           | '     0.8'
        0.35d           | '     0.3'    // 0.34999999999999997779...
        0.45d           | '     0.5'    // 0.45000000000000001110...
        1.05d           | '     1.1'    // 1.0500000000000000444...
        11794.3d        | ' 11794.3'
        123456789.25d   | '123456789.2' // wider than 8: not cut
    }

    def "widths count UTF-8 bytes, as printf's do"() {
        expect:
        CText.padRight(text, 6) == padded
        CText.padLeft(text, 6) == leftPadded

        where:
        text      | padded       | leftPadded
        'abc'     | 'abc   '     | '   abc'
        'é'       | 'é    '      | '    é'      // two bytes
        '日本'    | '日本'       | '日本'       // six bytes: no room left
        'abcdefg' | 'abcdefg'    | 'abcdefg'    // longer than the width: never cut
    }
}
