package xsh.shell.render

import spock.lang.Specification

class ProgressTextSpec extends Specification {

    static final long KIB = 1L << 10
    static final long MIB = 1L << 20
    static final long GIB = 1L << 30
    static final OptionalDouble UNKNOWN = OptionalDouble.empty()

    static OptionalDouble rate(double bytesPerSecond) {
        OptionalDouble.of(bytesPerSecond)
    }

    def "the line: label, bar, percentage, bytes, rate and time left (#done of #total)"() {
        expect:
        ProgressText.line('Saving memory', done, total, bytesPerSecond) == text

        where:
        done      | total     | bytesPerSecond   || text
        0         | 256 * MIB | UNKNOWN          || 'Saving memory [            ]   0% 0.0/256.0 MiB --.- B/s ETA --:--'
        128 * MIB | 256 * MIB | rate(64 * MIB)   || 'Saving memory [######      ]  50% 128.0/256.0 MiB 64.0 MiB/s ETA 0:02'
        256 * MIB | 256 * MIB | rate(100 * MIB)  || 'Saving memory [############] 100% 256.0/256.0 MiB 100.0 MiB/s ETA 0:00'
        1 * GIB   | 4 * GIB   | rate(1.5 * MIB)  || 'Saving memory [###         ]  25% 1.0/4.0 GiB 1.5 MiB/s ETA 34:08'
        1 * GIB   | 32 * GIB  | rate(2 * MIB)    || 'Saving memory [            ]   3% 1.0/32.0 GiB 2.0 MiB/s ETA 4:24:32'
        300       | 1000      | rate(100)        || 'Saving memory [###         ]  30% 300/1000 B 100 B/s ETA 0:07'
        512 * KIB | 2 * MIB   | rate(512 * KIB)  || 'Saving memory [###         ]  25% 0.5/2.0 MiB 512.0 KiB/s ETA 0:03'
        9 * MIB   | 4 * MIB   | rate(MIB)        || 'Saving memory [############] 100% 4.0/4.0 MiB 1.0 MiB/s ETA 0:00' // never past the end
    }

    def "the widest line fits in 79 columns, so it never wraps on a terminal"() {
        expect:
        ProgressText.line('Restoring memory', 1023 * GIB, 1023 * GIB + GIB - 1, rate(1023 * MIB)).length() <= 79
        ProgressText.line('Restoring memory', 0, 1023 * GIB, rate(30 * KIB * 1024)).length() <= 79
    }
}
