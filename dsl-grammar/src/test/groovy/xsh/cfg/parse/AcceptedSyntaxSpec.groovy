package xsh.cfg.parse

import spock.lang.Specification
import spock.lang.Unroll

import static xsh.cfg.parse.ParseSupport.*

class AcceptedSyntaxSpec extends Specification {

    @Unroll
    def "libxlu accepts #description and so does xsh, storing the same values"() {
        when:
        def parsed = parse(text)

        then:
        errors(parsed) == []
        values(parsed) == stored

        where:
        description                              | text                                   || stored
        'an assignment at EOF without newline'   | 'a=1'                                  || [a: '1']
        'an assignment with newline'             | 'a = 1\n'                              || [a: '1']
        'semicolon separators'                   | 'a=1;b=2\n'                            || [a: '1', b: '2']
        'empty statements'                       | ';;\n\n;a=1;;\n'                       || [a: '1']
        'names with dots and underscores'        | 'a.b_c9=1\na..b=2\na.=3\n'             || ['a.b_c9': '1', 'a..b': '2', 'a.': '3']
        'a quoted negative number'               | 'a="-1"\n'                             || [a: '-1']
        'hex, octal-looking and odd NUMBERs'     | 'a=0x1f\nb=010\nc=1e5\nd=9a\ne=0xx\n'  || [a: '0x1f', b: '010', c: '1e5', d: '9a', e: '0xx']
        'a number that is not a valid long'      | 'a=08\n'                               || [a: '08']
        'strings with leading blanks'            | 'a=" 12"\nb="12 "\n'                   || [a: ' 12', b: '12 ']
        'single and double quotes alike'         | "a='x\"y'\nb=\"x'y\"\n"                || [a: 'x"y', b: "x'y"]
        'an empty list'                          | 'a=[]\n'                               || [a: []]
        'a trailing comma'                       | 'a=[1,]\n'                             || [a: ['1']]
        'nested lists'                           | 'a=[[1,[2]],[]]\n'                     || [a: [['1', ['2']], []]]
        'heterogeneous lists'                    | 'a=["x",1,[2]]\n'                      || [a: ['x', '1', ['2']]]
        'newlines and comments inside a list'    | 'a=[ # c\n 1 # d\n ,\n # e\n 2,\n]\n'  || [a: ['1', '2']]
        'a comment line'                         | '# hello\na=1 # trailing\n'            || [a: '1']
        'duplicate keys: the last wins'          | 'a=1\na=2\n'                           || [a: '2']
        'blanks and tabs around tokens'          | ' \ta \t=\t 1 \t\n'                    || [a: '1']
        'NUMBER as a value of a name-like key'   | 'name=123\n'                           || [name: '123']
        'a very large number (kept as text)'     | 'a=99999999999999999999\n'             || [a: '99999999999999999999']
        'the last assignment after a comment'    | '# c\na=1'                             || [a: '1']
    }

    @Unroll
    def "+= #description"() {
        expect:
        errors(parse(text)) == []
        values(parse(text)) == stored

        where:
        description                             | text                             || stored
        'concatenates strings without separator' | 'a="x"\na+="y"\n'               || [a: 'xy']
        'concatenates numbers as text'           | 'a=1\na+=2\n'                   || [a: '12']
        'appends lists, earlier items first'     | 'a=[1]\na+=[2,3]\n'             || [a: ['1', '2', '3']]
        'acts as = on an unset key'              | 'a+="y"\n'                      || [a: 'y']
        'continues after a later ='              | 'a="x"\na="z"\na+="y"\n'        || [a: 'zy']
    }

    def "keys keep their place of first appearance when reassigned"() {
        expect:
        values(parse('b=1\na=2\nb=3\n')).keySet().toList() == ['b', 'a']
    }

    @Unroll
    def "string escape #escape gives #expected.bytes"() {
        expect:
        def parsed = parse("a=\"${escape}\"\n")
        errors(parsed) == []
        values(parsed).a == expected

        where:
        escape      || expected
        '\\"'       || '"'
        "\\'"       || "'"
        '\\\\'      || '\\'
        '\\a'       || '\007'
        '\\b'       || '\b'
        '\\f'       || '\f'
        '\\n'       || '\n'
        '\\r'       || '\r'
        '\\t'       || '\t'
        '\\v'       || '\013'
        '\\101xyz'  || 'xyz'
        '\\012'     || ''
        '\\1234'    || ''
        '\\1 12'    || ''
    }

    def "a vanishing octal escape is accepted with a warning"() {
        when:
        def parsed = parse('a="\\101xyz"\n')

        then:
        !parsed.hasErrors()
        parsed.warnings()*.render() == ['t.cfg:1:4: warning: escape `\\101` produces nothing (xl drops such escapes); write the character itself']
    }

    def "bytes that are not UTF-8 are kept as lone surrogates"() {
        when:
        def parsed = parse('a="\u00ff\u00c3\u00a9"\n')

        then:
        values(parsed).a == '\udcff\u00e9'
    }

    def "a lone invalid byte as the very last byte is ignored, with a warning"() {
        when:
        def parsed = parse('a=1\n@')

        then:
        !parsed.hasErrors()
        values(parsed) == [a: '1']
        parsed.warnings()*.render() == ['t.cfg:2:1: warning: stray `@` at the very end of the file is ignored (as xl ignores it)']
    }

    def "values remember where they were written"() {
        when:
        def setting = parse('a = 1\nbb = [ "x",\n  2 ]\n').settings().get('bb').get()

        then:
        setting.span().line() == 2
        setting.span().column() == 6
        setting.value().items()[1].span().position() == '3:3'
    }
}
