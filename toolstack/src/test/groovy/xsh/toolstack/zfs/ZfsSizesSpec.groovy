package xsh.toolstack.zfs

import spock.lang.Specification

class ZfsSizesSpec extends Specification {

    def "zfs_nicenum prints #bytes as #text"() {
        expect:
        ZfsSizes.nice(bytes) == text

        where:
        bytes                     | text
        0                         | '0'
        1                         | '1'
        512                       | '512'
        1023                      | '1023'
        1024                      | '1K'
        1536                      | '1.50K'
        10239                     | '10.0K'
        112 * 1024                | '112K'
        364 * 1024                | '364K'
        8519680                   | '8.12M'
        11_744_051                | '11.2M'
        217_055_232               | '207M'
        64L << 20                 | '64M'
        1_179_648                 | '1.12M'
        (3L << 30) + 1            | '3.00G'
        1023L * 1024 * 1024 + 1   | '1023M'
        1L << 40                  | '1T'
        Long.MAX_VALUE            | '8.00E'
        -1L                       | '16.0E'
    }

    def "zfs_nicestrtonum reads #text as #bytes"() {
        expect:
        ZfsSizes.parse(text) == bytes

        where:
        text     | bytes
        '0'      | 0
        '512'    | 512
        '64M'    | 64L << 20
        '64m'    | 64L << 20
        '1.5G'   | 3L << 29
        '20G'    | 20L << 30
        '20GB'   | 20L << 30
        '20GiB'  | 20L << 30
        '1K'     | 1024
        '100B'   | 100
        '.5K'    | 512
        '1.5'    | 1
        '8E'     | Long.MIN_VALUE
    }

    def "what zfs_nicestrtonum refuses, in its words: #text"() {
        when:
        ZfsSizes.parse(text)

        then:
        def e = thrown(IllegalArgumentException)
        e.message == message

        where:
        text       | message
        'bogus'    | "bad numeric value 'bogus'"
        ''         | "bad numeric value ''"
        '-1G'      | "bad numeric value '-1G'"
        '1X'       | "invalid numeric suffix 'X'"
        '1BB'      | "invalid numeric suffix 'BB'"
        '1GBB'     | "invalid numeric suffix 'GBB'"
        '16E'      | 'numeric value is too large'
        '1Z'       | 'numeric value is too large'
        '99999999999999999999' | 'numeric value is too large'
    }
}
