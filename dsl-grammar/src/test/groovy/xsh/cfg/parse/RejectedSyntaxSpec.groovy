package xsh.cfg.parse

import spock.lang.Specification
import spock.lang.Unroll

import static xsh.cfg.parse.ParseSupport.*

class RejectedSyntaxSpec extends Specification {

    @Unroll
    def "libxlu rejects #description and xsh says why at the true line and column"() {
        expect:
        errors(parse(text)) == expected

        where:
        description                        | text                          || expected
        'a last-line comment w/o newline'  | 'a=1\n# x'                    || ['t.cfg:2:1: the comment on the last line has no newline at its end, which xl rejects']
        'CRLF line endings'                | 'a=1\r\n'                     || ['t.cfg:1:4: carriage return: xl reads only Unix line endings (LF), this file has Windows ones (CRLF)']
        'a byte-order mark'                | '\u00ef\u00bb\u00bfa=1\n'     || ['t.cfg:1:1: byte-order mark at the start of the file: xl rejects it; save the file as UTF-8 without BOM']
        'an upper-case key'                | 'A=1\n'                       || ['t.cfg:1:1: setting name `A` has upper-case letters: xl names are lower-case (`a`)']
        'a key starting with _'            | '_a=1\n'                      || ['t.cfg:1:1: name `_a` starts with `_`: xl names start with a lower-case letter']
        'a negative number'                | 'a=-1\n'                      || ['t.cfg:1:3: negative number `-1`: xl numbers cannot be negative; quote it ("-1") where a string is meant']
        'a float'                          | 'a=1.5\n'                     || ['t.cfg:1:4: number `1.5` has a fraction: xl numbers are whole; quote it where a string is meant']
        'upper-case hex'                   | 'a=0X1F\n'                    || ['t.cfg:1:4: number `0X1F`: write hexadecimal with a lower-case `0x`']
        'a hex number with a non-hex digit'| 'a=0x1g\n'                    || ['t.cfg:1:6: expected end of line or `;` after the value of `a`, found `g` (one setting per statement)']
        'an empty list item'               | 'a=[1,,2]\n'                  || ['t.cfg:1:6: empty item: two commas in a row in the list opened at line 1, column 3']
        'a lone comma in a list'           | 'a=[,]\n'                     || ['t.cfg:1:4: empty item: `,` before the first item of the list opened at line 1, column 3']
        'two settings on one line'         | 'a=1 b=2\n'                   || ['t.cfg:1:5: expected end of line or `;` after the value of `a`, found `b` (one setting per statement)']
        'a bare identifier as value'       | 'name=a\n'                    || ['t.cfg:1:6: bare word `a` is not a value: quote it ("a")']
        'a NUMBER as key'                  | '9a = 1\n'                    || ['t.cfg:1:1: setting name `9a` starts with a digit: xl names start with a lower-case letter']
        'an unterminated string'           | 'a="abc\n'                    || ['t.cfg:1:3: unterminated string: the " has no closing " on this line']
        'an unknown escape'                | 'a="\\q"\n'                   || ['t.cfg:1:4: unknown escape `\\q` in string (xl knows \\\\ \\" \\\' \\a \\b \\f \\n \\r \\t \\v)']
        'a hex escape'                     | 'a="\\x41"\n'                 || ['t.cfg:1:4: hexadecimal escape `\\x` is not supported by xl; write the character itself']
        'a short octal escape'             | 'a="\\1"\n'                   || ['t.cfg:1:4: octal escape `\\1` is not supported by xl; write the character itself']
        'a NUL inside a string'            | 'a="x\u0000y"\n'              || ['t.cfg:1:5: NUL byte inside a string (xl would abort on it)']
        'a missing value'                  | 'a = \n'                      || ['t.cfg:1:5: missing value after `=` for `a` (a string, a number or a list)']
        'a missing value at EOF'           | 'a ='                         || ['t.cfg:1:4: missing value after `=` for `a` (a string, a number or a list)']
        'a missing operator'               | 'a b\n'                       || ['t.cfg:1:3: expected `=` or `+=` after `a`, found `b`']
        'a missing name'                   | '= 3\n'                       || ['t.cfg:1:1: missing setting name before `=`']
        'an unclosed list at EOF'          | 'a=[1\n'                      || ['t.cfg:2:1: the list opened at line 1, column 3 is never closed with `]`']
        'list items without comma'         | 'a=[1 2]\n'                   || ['t.cfg:1:6: the list opened at line 1, column 3 is not closed: expected `,` or `]` after its last item, found number `2`']
        'a stray closing bracket'          | 'a=1 ]\n'                     || ['t.cfg:1:5: expected end of line or `;` after the value of `a`, found `]` (one setting per statement)']
        'a stray character'                | 'a = @ 1\n'                   || ['t.cfg:1:5: unexpected character `@`']
        'a byte that is not UTF-8'         | 'a=\u00e9\n'                  || ['t.cfg:1:3: unexpected character `\\xe9`']
        'a character outside a string'     | 'a=\u00c3\u00a9\n'            || ['t.cfg:1:3: unexpected character `\u00e9`']
        '+= mixing list into string'       | 'a="x"\na+=[1]\n'             || ['t.cfg:2:2: cannot add a list to `a`, which holds a single value (set at line 1)']
        '+= mixing string into list'       | 'a=[1]\na+="x"\n'             || ['t.cfg:2:2: cannot add a single value to `a`, which holds a list (set at line 1)']
    }

    def "a file with Windows line endings is told so once, with how many lines end so"() {
        expect:
        errors(parse('a=1\r\nb=2\r\nc=3\r\n')) == ['t.cfg:1:4: carriage return: xl reads only Unix line endings (LF), this file has Windows ones (CRLF) (3 lines end so)']
    }

    def "an error at a newline is reported on its own line, not the previous one as libxlu does"() {
        expect:
        errors(parse('x = 1\n\na = \n')) == ['t.cfg:3:5: missing value after `=` for `a` (a string, a number or a list)']
    }

    def "every error of a file is reported in one run, recovering at the next line"() {
        expect:
        errors(parse('a = \nb = ]\nc = 3\nd e\n')) == [
                't.cfg:1:5: missing value after `=` for `a` (a string, a number or a list)',
                't.cfg:2:5: expected a value after `=` for `b` (a string, a number or a list), found `]`',
                't.cfg:4:3: expected `=` or `+=` after `d`, found `e`']
    }

    def "the statements after an error still parse"() {
        expect:
        values(parse('a = ]\nb = 2\n')) == [b: '2']
    }

    def "the syntax error a lexical error causes is not reported twice"() {
        expect: 'libxlu drops the text of a lexical error, leaving "a =" without value; only the cause is reported'
        errors(parse('a = -1\n')).size() == 1
    }

    def "Python code gets a hint besides its errors"() {
        when:
        def parsed = parse('a = (1, 2)\n')

        then:
        errors(parsed)[0] == 't.cfg:1:5: unexpected `(`: xl.cfg is not Python'
        parsed.warnings()*.render() == ['t.cfg:1:5: warning: this looks like Python, which xl.cfg no longer is (see https://wiki.xen.org/wiki/PythonInXlConfig)']
    }

    def "the Handbook's freebsd.cfg, missing the ] of its disk list, gets an error that points at the list"() {
        given:
        def text = '''builder = "hvm"
name = "freebsd"
memory = 1024
vcpus = 2
vif = [ 'mac=00:16:3E:74:34:32,bridge=bridge0' ]
disk = [
'/dev/zvol/tank/xendisk0,raw,hda,rw',
'/root/freebsd.iso,raw,hdc:cdrom,r'
vnc = 1
vnclisten = ""
serial = "pty"
usbdevice = "tablet"
'''
        expect:
        errors(parse(text)) == ['t.cfg:9:1: the list opened at line 6, column 8 is not closed: expected `,` or `]` after its last item, found `vnc`']
    }
}
