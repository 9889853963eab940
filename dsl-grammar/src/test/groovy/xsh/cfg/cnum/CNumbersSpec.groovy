package xsh.cfg.cnum

import spock.lang.Specification

import static xsh.cfg.cnum.CNumbers.ULONG_MAX
import static xsh.cfg.cnum.CNumbers.strtol
import static xsh.cfg.cnum.CNumbers.strtoul
import static xsh.cfg.cnum.CNumbers.wholeLong
import static xsh.cfg.cnum.WholeNumber.Outcome.NOT_A_NUMBER
import static xsh.cfg.cnum.WholeNumber.Outcome.OK
import static xsh.cfg.cnum.WholeNumber.Outcome.OUT_OF_RANGE

/** Expectations are glibc's, in the C locale. */
class CNumbersSpec extends Specification {

    def "strtol('#text', #start, #base) is #value, ending at #end"() {
        expect:
        strtol(text, start, base) == new Conversion(value, end, overflowed)

        where:
        text                     | start | base || value          | end | overflowed
        // nothing converted: end is the start, before any blanks or sign
        ''                       | 0     | 10   || 0              | 0   | false
        ''                       | 0     | 0    || 0              | 0   | false
        '   '                    | 0     | 10   || 0              | 0   | false
        ' -'                     | 0     | 10   || 0              | 0   | false
        '+'                      | 0     | 0    || 0              | 0   | false
        'x12'                    | 0     | 10   || 0              | 0   | false
        '- 1'                    | 0     | 10   || 0              | 0   | false // no blank after the sign
        '+-1'                    | 0     | 10   || 0              | 0   | false // one sign only
        'ab 12'                  | 2     | 10   || 12             | 5   | false
        'ab 12'                  | 5     | 10   || 0              | 5   | false // start may be the end
        // C's isspace: space, \t \n \v \f \r; nothing else
        ' \t\n\u000B\f\r7'       | 0     | 10   || 7              | 7   | false
        '\u00A07'                | 0     | 10   || 0              | 0   | false // no-break space
        '\u00007'                | 0     | 10   || 0              | 0   | false // NUL ends a C string
        // signs
        '+42'                    | 0     | 10   || 42             | 3   | false
        '-42'                    | 0     | 10   || -42            | 3   | false
        '  -0'                   | 0     | 10   || 0              | 4   | false
        // trailing junk stops the number
        '12abc'                  | 0     | 10   || 12             | 2   | false
        '12 '                    | 0     | 10   || 12             | 2   | false
        '1-2'                    | 0     | 10   || 1              | 1   | false
        '1.5'                    | 0     | 10   || 1              | 1   | false
        // ASCII digits only
        '\u0663'                 | 0     | 10   || 0              | 0   | false // Arabic-Indic three
        '\uFF11'                 | 0     | 10   || 0              | 0   | false // fullwidth one
        // base 0 chooses by prefix
        '0x1f'                   | 0     | 0    || 31             | 4   | false
        '0X1F'                   | 0     | 0    || 31             | 4   | false
        '-0x10'                  | 0     | 0    || -16            | 5   | false
        ' +0x10'                 | 0     | 0    || 16             | 6   | false
        '017'                    | 0     | 0    || 15             | 3   | false // octal
        '08'                     | 0     | 0    || 0              | 1   | false // 8 is no octal digit
        '0'                      | 0     | 0    || 0              | 1   | false
        '17'                     | 0     | 0    || 17             | 2   | false
        // 0x without a hex digit after it: the 0 is the number, the end is at the x
        '0x'                     | 0     | 0    || 0              | 1   | false
        '0xg'                    | 0     | 0    || 0              | 1   | false
        '-0x'                    | 0     | 0    || 0              | 2   | false
        '0x'                     | 0     | 16   || 0              | 1   | false
        '0x 1'                   | 0     | 16   || 0              | 1   | false
        // base 16 takes an optional 0x
        '0x1f'                   | 0     | 16   || 31             | 4   | false
        '1f'                     | 0     | 16   || 31             | 2   | false
        'fFg'                    | 0     | 16   || 255            | 2   | false
        '0x0x1'                  | 0     | 16   || 0              | 3   | false
        // other bases read no prefix
        '0x1f'                   | 0     | 10   || 0              | 1   | false
        '0x1f'                   | 0     | 8    || 0              | 1   | false
        '0755'                   | 0     | 8    || 493            | 4   | false
        '0758'                   | 0     | 8    || 61             | 3   | false
        '0010'                   | 0     | 10   || 10             | 4   | false
        'zz'                     | 0     | 36   || 1295           | 2   | false
        '102'                    | 0     | 2    || 2              | 2   | false
        // the limits, and clamping past them; all the digits are still consumed
        '9223372036854775807'    | 0     | 10   || Long.MAX_VALUE | 19  | false
        '9223372036854775808'    | 0     | 10   || Long.MAX_VALUE | 19  | true
        '-9223372036854775808'   | 0     | 10   || Long.MIN_VALUE | 20  | false
        '-9223372036854775809'   | 0     | 10   || Long.MIN_VALUE | 20  | true
        '99999999999999999999x'  | 0     | 10   || Long.MAX_VALUE | 20  | true
        '-99999999999999999999'  | 0     | 10   || Long.MIN_VALUE | 21  | true
        '18446744073709551615'   | 0     | 10   || Long.MAX_VALUE | 20  | true  // ULONG_MAX is too big for a long
        '0x7fffffffffffffff'     | 0     | 0    || Long.MAX_VALUE | 18  | false
        '0x8000000000000000'     | 0     | 0    || Long.MAX_VALUE | 18  | true
        '-0x8000000000000000'    | 0     | 16   || Long.MIN_VALUE | 19  | false
        '01000000000000000000000'| 0     | 0    || Long.MAX_VALUE | 23  | true
    }

    def "strtoul('#text', #start, #base) is #value, ending at #end"() {
        expect:
        strtoul(text, start, base) == new Conversion(value, end, overflowed)

        where:
        text                      | start | base || value     | end | overflowed
        ''                        | 0     | 10   || 0         | 0   | false
        ' \t'                     | 0     | 16   || 0         | 0   | false
        '-'                       | 0     | 10   || 0         | 0   | false
        ':ff'                     | 0     | 16   || 0         | 0   | false
        'aa:ff'                   | 3     | 16   || 255       | 5   | false
        'aa:ff'                   | 2     | 16   || 0         | 2   | false
        ' 42abc'                  | 0     | 10   || 42        | 3   | false
        '+42'                     | 0     | 10   || 42        | 3   | false
        '3e'                      | 0     | 16   || 62        | 2   | false
        '0x3e'                    | 0     | 16   || 62        | 4   | false
        '0x3e'                    | 0     | 10   || 0         | 1   | false
        '0x'                      | 0     | 16   || 0         | 1   | false
        '0xz'                     | 0     | 0    || 0         | 1   | false
        '0x10'                    | 0     | 0    || 16        | 4   | false
        '010'                     | 0     | 0    || 8         | 3   | false
        '10'                      | 0     | 8    || 8         | 2   | false
        // a minus negates in unsigned arithmetic: a wrap, not an overflow
        '-1'                      | 0     | 10   || ULONG_MAX | 2   | false
        '-2'                      | 0     | 10   || -2        | 2   | false
        '-0x1'                    | 0     | 16   || ULONG_MAX | 4   | false
        '-18446744073709551615'   | 0     | 10   || 1         | 21  | false
        // past ULONG_MAX the result is ULONG_MAX, whatever the sign
        '18446744073709551615'    | 0     | 10   || ULONG_MAX | 20  | false
        '18446744073709551616'    | 0     | 10   || ULONG_MAX | 20  | true
        '-18446744073709551616'   | 0     | 10   || ULONG_MAX | 21  | true
        '184467440737095516150'   | 0     | 10   || ULONG_MAX | 21  | true
        'ffffffffffffffff'        | 0     | 16   || ULONG_MAX | 16  | false
        '0x10000000000000000:'    | 0     | 16   || ULONG_MAX | 19  | true
        '1777777777777777777777'  | 0     | 8    || ULONG_MAX | 22  | false
        '2000000000000000000000'  | 0     | 8    || ULONG_MAX | 22  | true
        '9223372036854775808'     | 0     | 10   || Long.MIN_VALUE | 19 | false // above LONG_MAX is fine here
    }

    def "a base other than 0 or 2 to 36 is a programming error"() {
        when:
        strtol('1', 0, base)

        then:
        thrown(IllegalArgumentException)

        where:
        base << [1, -1, 37]
    }

    def "a start outside the text is a programming error"() {
        when:
        strtoul('12', start, 10)

        then:
        thrown(IndexOutOfBoundsException)

        where:
        start << [-1, 3]
    }

    def "the whole text '#text' read as a number is #outcome #value"() {
        expect:
        wholeLong(text) == new WholeNumber(outcome, value)
        wholeLong(text).ok() == (outcome == OK)

        where:
        text                     || outcome      | value
        '12'                     || OK           | 12
        ' \t12'                  || OK           | 12    // leading blanks are skipped
        '-12'                    || OK           | -12
        '+0'                     || OK           | 0
        '0x200'                  || OK           | 512
        '0X1f'                   || OK           | 31
        '010'                    || OK           | 8     // a leading 0 is octal
        '-9223372036854775808'   || OK           | Long.MIN_VALUE
        '9223372036854775807'    || OK           | Long.MAX_VALUE
        ''                       || NOT_A_NUMBER | 0
        ' '                      || NOT_A_NUMBER | 0
        '-'                      || NOT_A_NUMBER | 0
        '12 '                    || NOT_A_NUMBER | 0     // trailing blanks are not
        '12k'                    || NOT_A_NUMBER | 0
        '08'                     || NOT_A_NUMBER | 0
        '0x'                     || NOT_A_NUMBER | 0
        '0xg'                    || NOT_A_NUMBER | 0
        '1.0'                    || NOT_A_NUMBER | 0
        'true'                   || NOT_A_NUMBER | 0
        '9223372036854775808'    || OUT_OF_RANGE | 0
        '-9223372036854775809'   || OUT_OF_RANGE | 0
        '0x10000000000000000'    || OUT_OF_RANGE | 0
        '99999999999999999999x'  || OUT_OF_RANGE | 0     // libxlu checks errno before the end pointer
    }
}
