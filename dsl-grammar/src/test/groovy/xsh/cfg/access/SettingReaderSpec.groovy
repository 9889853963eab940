package xsh.cfg.access

import spock.lang.Specification
import spock.lang.Unroll
import xsh.cfg.diag.Diagnostics
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource

class SettingReaderSpec extends Specification {

    static SettingReader reader(String text) {
        def source = ConfigSource.of('r.cfg', text)
        new SettingReader(ConfigParser.parse(source).settings(), new Diagnostics(source))
    }

    static List<String> warnings(SettingReader reader) {
        reader.diagnostics().all()*.render()
    }

    @Unroll
    def "a number written #text reads as #expected, as strtol(…, 0) does"() {
        when:
        def r = reader("a = ${text}\n")

        then:
        r.number('a') == (expected == null ? OptionalLong.empty() : OptionalLong.of(expected))
        warnings(r) == (warning ? ["r.cfg:1:5: warning: ${warning}"] : [])

        where:
        text                     || expected | warning
        '512'                    || 512      | null
        '0x200'                  || 512      | null
        '010'                    || 8        | null
        '"512"'                  || 512      | null
        '" 12"'                  || 12       | null
        '"-1"'                   || -1       | null
        '"12 "'                  || null     | '`a` value `12 ` is not a number; ignored'
        '08'                     || null     | '`a` value `08` is not a number (a leading 0 makes it octal); ignored'
        '1e5'                    || null     | '`a` value `1e5` is not a number; ignored'
        '99999999999999999999'   || null     | '`a` value `99999999999999999999` is out of range for a number; ignored'
        '"yes"'                  || null     | '`a` value `yes` is not a number; ignored'
        '[1]'                    || null     | '`a` should be a single value, not a list; ignored'
    }

    def "a number set with += is never read as one, even on an unset key"() {
        when:
        def r = reader('a += 1\n')

        then:
        !r.number('a').present
        warnings(r) == ['r.cfg:1:6: warning: `a` is set with +=, which xl never reads as a number; ignored']
    }

    @Unroll
    def "bounds: #value in [1, 65535] is #outcome"() {
        when:
        def r = reader("w = ${value}\n")

        then:
        r.number('w', 1, 65535).present == (outcome == 'kept')
        warnings(r) == (warning ? ["r.cfg:1:5: warning: ${warning}"] : [])

        where:
        value  || outcome   | warning
        1      || 'kept'    | null
        65535  || 'kept'    | null
        0      || 'ignored' | '`w` value 0 is below the minimum 1; ignored'
        65536  || 'ignored' | '`w` value 65536 is above the maximum 65535; ignored'
    }

    @Unroll
    def "booleans are numbers: #text is #expected"() {
        expect:
        reader("vnc = ${text}\n").bool('vnc') == Optional.ofNullable(expected)

        where:
        text    || expected
        '1'     || true
        '0'     || false
        '2'     || true
        '"yes"' || null
    }

    def "a single value where a list belongs is warned about and ignored"() {
        when:
        def r = reader('disk = "/img,,xvda"\n')

        then:
        !r.list('disk').present
        warnings(r) == ['r.cfg:1:8: warning: `disk` should be a list, not a single value; ignored']
    }

    def "a nested list inside a list of strings ends the list, as in xl"() {
        when:
        def r = reader('disk = ["a", ["x"], "b"]\n')

        then:
        r.stringList('disk') == Optional.of(['a'])
        warnings(r) == ['r.cfg:1:14: warning: item 2 of `disk` is a list: xl stops reading `disk` there, so it and the items after it are ignored']
    }

    def "an absent key is absent without a warning"() {
        when:
        def r = reader('a = 1\n')

        then:
        !r.string('b').present
        !r.number('b').present
        !r.list('b').present
        warnings(r) == []
    }
}
