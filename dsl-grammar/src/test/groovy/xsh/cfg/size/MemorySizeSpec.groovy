package xsh.cfg.size

import spock.lang.Specification
import xsh.error.XshException

class MemorySizeSpec extends Specification {

    def "xl reads mem-set size #text as #kib KiB"() {
        expect:
        MemorySize.parseXl(text).kib() == kib

        where:
        text          || kib
        '512'         || 524_288              // no suffix: MiB
        '512m'        || 524_288
        '512M'        || 524_288
        '2g'          || 2_097_152
        '2G'          || 2_097_152
        '1t'          || 1_073_741_824
        '1T'          || 1_073_741_824
        '1024k'       || 1_024
        '1024K'       || 1_024
        '1048576b'    || 1_024
        '1048576B'    || 1_024
        '1500b'       || 1                    // bytes round down to KiB
        '1023b'       || 0
        ' 512'        || 524_288              // strtoll skips leading blanks
        '+1g'         || 1_048_576
        '-2'          || -2_048               // accepted by xl; libxl refuses it later
        ''            || 0                    // no digits and no suffix: 0
        'm'           || 0
        '0'           || 0
    }

    def "xl refuses #text with 'invalid memory size: #text'"() {
        when:
        MemorySize.parseXl(text)

        then:
        def e = thrown(XshException)
        e.message == "invalid memory size: $text"
        e.exitCode() == 1

        where:
        text << ['512mb', '512MiB', '1x', '1.5g', '512 ', ' ', 'abc', '-', '-1k', '-1024b', '1\u212A']
    }

    def "xl's number overflows like its C code: clamped by strtoll, then shifted"() {
        expect:
        MemorySize.parseXl('9223372036854775807k').kib() == Long.MAX_VALUE
        MemorySize.parseXl('99999999999999999999k').kib() == Long.MAX_VALUE
        MemorySize.parseXl('-99999999999999999999k').kib() == Long.MIN_VALUE
        MemorySize.parseXl('99999999999999999999').kib() == Long.MAX_VALUE << 10
    }

    def "xsh's own options read #text as #kib KiB"() {
        expect:
        MemorySize.parse(text).kib() == kib

        where:
        text          || kib
        '512M'        || 524_288
        '512'         || 524_288
        '512 MiB'     || 524_288
        '512mb'       || 524_288
        '32G'         || 33_554_432
        '32 GiB'      || 33_554_432
        '8192M'       || 8_388_608
        '1.5G'        || 1_572_864
        '1.5'         || 1_536
        '2T'          || 2_147_483_648
        '64k'         || 64
        '64 KiB'      || 64
        '2048B'       || 2
        '0'           || 0
        ' 1g '        || 1_048_576
    }

    def "xsh's own options refuse #text"() {
        when:
        MemorySize.parse(text)

        then:
        def e = thrown(XshException)
        e.message.startsWith("invalid memory size: $text")
        e.message.contains(reason)
        e.exitCode() == 1

        where:
        text                  || reason
        '0.5K'                || 'not a whole number of KiB'
        '100B'                || 'not a whole number of KiB'
        '-1G'                 || 'expected a number'
        '1.G'                 || 'expected a number'
        ''                    || 'expected a number'
        '12 parsecs'          || "unknown unit 'parsecs'"
        '1e3'                 || 'expected a number'
        '1 KB B'              || 'expected a number'
        '9999999999999T'      || 'too large'
    }

    def "a size prints in the largest unit that shows it exactly"() {
        expect:
        MemorySize.ofKiB(kib).toString() == text

        where:
        kib              || text
        524_288          || '512 MiB'
        33_554_432       || '32 GiB'
        8_388_608        || '8 GiB'
        1_572_864        || '1536 MiB'
        1_073_741_824    || '1 TiB'
        1_536            || '1536 KiB'
        1                || '1 KiB'
        0                || '0 KiB'
        -2_048           || '-2 MiB'
    }

    def "what toString prints reads back as the same size"() {
        expect:
        MemorySize.parse(MemorySize.ofKiB(kib).toString()) == MemorySize.ofKiB(kib)

        where:
        kib << [524_288, 33_554_432, 1_572_864, 1_073_741_824, 1_536, 1, 0]
    }

    def "sizes convert and compare"() {
        expect:
        MemorySize.ofMiB(512) == MemorySize.parse('512M')
        MemorySize.ofMiB(1).bytes() == 1_048_576
        MemorySize.parse('1G') > MemorySize.parse('1023M')
        MemorySize.parseXl('512') == MemorySize.parse('512 MiB')
    }
}
