package xsh.toolstack.checkpoint.retention

import spock.lang.Specification
import xsh.error.XshException

class RetentionPolicySpec extends Specification {

    def "--keep '#text'"() {
        when:
        def policy = RetentionPolicy.parse(text)

        then:
        [policy.last()] + Period.values().collect { policy.count(it) } == counts

        where:
        text                                          || counts
        'last=10,hourly=24,daily=7'                   || [10, 24, 7, 0, 0]
        'monthly=12'                                  || [0, 0, 0, 0, 12]
        'weekly=4, daily=7'                           || [0, 0, 7, 4, 0]
        'last=0'                                      || [0, 0, 0, 0, 0]
        'last=1,hourly=2,daily=3,weekly=4,monthly=5'  || [1, 2, 3, 4, 5]
    }

    def "--keep '#text' is refused: #message"() {
        when:
        RetentionPolicy.parse(text)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1

        where:
        text                 || message
        ''                   || "--keep: '' is not KEY=N (keys: last, hourly, daily, weekly, monthly)"
        'last=2,'            || "--keep: '' is not KEY=N (keys: last, hourly, daily, weekly, monthly)"
        'ten'                || "--keep: 'ten' is not KEY=N (keys: last, hourly, daily, weekly, monthly)"
        'yearly=1'           || "--keep: unknown key 'yearly' (keys: last, hourly, daily, weekly, monthly)"
        'yearly=x'           || "--keep: unknown key 'yearly' (keys: last, hourly, daily, weekly, monthly)"
        'daily=seven'        || '--keep: daily=seven: not a whole number of checkpoints'
        'daily=-1'           || '--keep: daily=-1: not a whole number of checkpoints'
        'last='              || '--keep: last=: not a whole number of checkpoints'
        'hourly=9999999999'  || '--keep: hourly=9999999999: not a whole number of checkpoints'
        'last=1,last=2'      || '--keep: last is given twice'
        'daily=1,daily=2'    || '--keep: daily is given twice'
    }
}
