package xsh.hv.sim.memory

import spock.lang.Specification

class DirtyScheduleSpec extends Specification {

    static final long SECOND = 1_000_000_000L

    def "#rate bytes/s over #nanos ns of running dirty #bytes bytes, #position page writes"() {
        given:
        def schedule = DirtySchedule.startingAt(rate)

        expect:
        schedule.bytesAt(nanos) == bytes
        schedule.positionAt(nanos) == position

        where:
        rate                      | nanos                 || bytes                | position
        4L << 20                  | 0                     || 0                    | 0
        4L << 20                  | SECOND                || 4L << 20             | 1024
        4L << 20                  | SECOND.intdiv(2)      || 2L << 20             | 512
        4096                      | SECOND - 1            || 4095                 | 0
        0                         | 100 * SECOND          || 0                    | 0
        4L << 20                  | 365L * 86400 * SECOND || 132271570944000L     | 32292864000L
        Long.MAX_VALUE.intdiv(16) | 10 * SECOND           || 5764607523034234870L | 1407374883553279L
    }

    def "a rate change folds what was dirtied so far and applies from its running time"() {
        given:
        def schedule = DirtySchedule.startingAt(1000).withRate(3000, 10 * SECOND, 0)

        expect:
        schedule == new DirtySchedule(10 * SECOND, 10_000, 3000)
        schedule.bytesAt(12 * SECOND) == 16_000
        schedule.bytesAt(5 * SECOND) == 10_000 // before the change: already reached
    }

    def "a rate change never moves the memory back: not before its last change, not below what it reached"() {
        given:
        def schedule = new DirtySchedule(10 * SECOND, 10_000, 1000)

        expect:
        schedule.withRate(50, 4 * SECOND, 0) == new DirtySchedule(10 * SECOND, 10_000, 50)
        schedule.withRate(50, 11 * SECOND, 40_960) == new DirtySchedule(11 * SECOND, 40_960, 50)
    }
}
