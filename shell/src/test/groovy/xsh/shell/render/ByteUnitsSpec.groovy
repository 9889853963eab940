package xsh.shell.render

import spock.lang.Specification

class ByteUnitsSpec extends Specification {

    def "#bytes bytes: '#plain', trimmed '#trimmed', as a rate '#rate'"() {
        expect:
        ByteUnits.of(bytes) == plain
        ByteUnits.trimmed(bytes) == trimmed
        ByteUnits.rate(bytes) == rate

        where:
        bytes                   || plain       | trimmed     | rate
        0                       || '0 B'       | '0 B'       | '0 B/s'
        812                     || '812 B'     | '812 B'     | '812 B/s'
        1024                    || '1.0 KiB'   | '1 KiB'     | '1.0 KiB/s'
        1536                    || '1.5 KiB'   | '1.5 KiB'   | '1.5 KiB/s'
        256L << 20              || '256.0 MiB' | '256 MiB'   | '256.0 MiB/s'
        3L << 29                || '1.5 GiB'   | '1.5 GiB'   | '1.5 GiB/s'
        2048L << 40             || '2048.0 TiB'| '2048 TiB'  | '2048.0 TiB/s'
    }

    def "two amounts in the total's unit: #done/#total is '#text'"() {
        expect:
        ByteUnits.ofTotal(done, total) == text

        where:
        done       | total      || text
        10         | 1000       || '10/1000 B'
        128L << 20 | 256L << 20 || '128.0/256.0 MiB'
        512        | 1L << 30   || '0.0/1.0 GiB'
    }
}
