package xsh.cfg.vif

import spock.lang.Specification

class VifRateSpec extends Specification {

    def "rate #text is a credit of #bytes bytes every #usecs us"() {
        expect:
        VifRate.parse('guest.cfg', text) == new VifRate(bytes, usecs)

        where:
        text              || bytes      | usecs
        '10Mb/s'          || 62_500     | 50_000
        '1MB/s@20ms'      || 20_000     | 20_000
        '250KB/s'         || 12_500     | 50_000
        '1Gb/s@1s'        || 125_000_000 | 1_000_000
        '5MB/s@10'        || 50_000_000 | 10_000_000   // a bare interval is in seconds
        '1KB/s@3m'        || 3          | 3_000        // "m" alone means ms
        '1MB/s@7u'        || 7          | 7
        '8000b/s@250us'   || 0          | 250          // 1000 B/s for 250 us rounds down to nothing
        '4294967295B/s'   || 214_748_364 | 50_000      // largest amount before the unit
    }

    def "numbers with a leading zero are octal, as strtoull with base 0 reads them"() {
        expect:
        VifRate.parse('guest.cfg', text) == new VifRate(bytes, usecs)

        where:
        text              || bytes   | usecs
        '010MB/s'         || 400_000 | 50_000      // 8 MB/s
        '1MB/s@010ms'     || 8_000   | 8_000
        '019b/s'          || 0       | 50_000      // reads "01", then the 9 hides the unit: 1 bit/s
    }

    def "a malformed rate #text is refused with xl's message naming the part at fault"() {
        when:
        VifRate.parse('guest.cfg', text)

        then:
        def e = thrown(VifSpecException)
        e.xlMessage() == "guest.cfg: config parsing error in vif: $what in `$near'"
        e.exitCode() == 1
        e.message.contains(near)

        where:
        text                          || what                              | near
        'abc'                         || 'invalid rate'                    | 'abc'
        '10kB/s'                      || 'invalid rate'                    | '10kB/s'        // units are upper case
        '10MB'                        || 'invalid rate'                    | '10MB'
        '10MB/s '                     || 'invalid rate'                    | '10MB/s '
        ''                            || 'no rate specified'               | ''
        '@20ms'                       || 'no rate specified'               | '@20ms'
        '0MB/s'                       || 'rate overflow'                   | '0MB/s'
        '08MB/s'                      || 'rate overflow'                   | '08MB/s'        // octal: reads 0
        '4294967296B/s'               || 'rate overflow'                   | '4294967296B/s'
        '99999999999999999999999B/s'  || 'rate overflow'                   | '99999999999999999999999B/s'
        '10MB/s@'                     || 'invalid replenishment interval'  | ''
        '10MB/s@20xs'                 || 'invalid replenishment interval'  | '20xs'
        '10MB/s@20ms@1s'              || 'invalid replenishment interval'  | '20ms@1s'
        '10MB/s@0ms'                  || 'replenishment interval overflow' | '0ms'
        '10MB/s@4294967296us'         || 'replenishment interval overflow' | '4294967296us'
        '10MB/s@4295s'                || 'replenishment interval overflow' | '4295s'          // over 2^32 us
        '5GB/s@4000s'                 || 'rate overflow'                   | '5GB/s@4000s'    // product > 2^64
    }
}
