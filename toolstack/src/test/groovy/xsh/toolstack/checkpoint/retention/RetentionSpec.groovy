package xsh.toolstack.checkpoint.retention

import java.nio.file.Path
import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneId
import java.time.ZoneOffset
import spock.lang.Specification
import xsh.toolstack.checkpoint.Checkpoint

/** Saturday 21 November 2026, 12:30 UTC. */
class RetentionSpec extends Specification {

    static final Instant NOW = Instant.parse('2026-11-21T12:30:00Z')
    static final ZoneId UTC = ZoneOffset.UTC

    static Checkpoint taken(String domain = 'debian', String when) {
        def instant = LocalDateTime.parse(when.replace(' ', 'T')).toInstant(ZoneOffset.UTC)
        new Checkpoint(instant.epochSecond, domain, instant, Path.of("/c/${domain}-${instant.epochSecond}.save"), 1, '',
                Path.of("/c/${domain}-${instant.epochSecond}.cfg"), [], 1)
    }

    static List<String> kept(List<String> times, String keep, ZoneId zone = UTC) {
        def verdicts = Retention.judge(times.collect { taken(it) }, RetentionPolicy.parse(keep), NOW, zone)
        verdicts.findAll { it.kept() }.collect { LocalDateTime.ofInstant(it.checkpoint().taken(), UTC).toString().replace('T', ' ') }
    }

    def "#keep keeps #expected of #times"() {
        expect:
        kept(times, keep) == expected

        where:
        keep                 | times                                                                                            || expected
        'last=2'             | ['2026-11-21 09:00', '2026-11-21 10:00', '2026-11-21 11:00', '2026-11-21 12:00']                || ['2026-11-21 11:00', '2026-11-21 12:00']
        'last=10'            | ['2026-11-21 09:00', '2026-11-21 10:00']                                                         || ['2026-11-21 09:00', '2026-11-21 10:00']
        'last=0'             | ['2026-11-21 09:00', '2026-11-21 10:00']                                                         || ['2026-11-21 10:00']
        'hourly=3'           | ['2026-11-21 09:59', '2026-11-21 10:30', '2026-11-21 11:05', '2026-11-21 11:50', '2026-11-21 12:10', '2026-11-21 12:20'] || ['2026-11-21 10:30', '2026-11-21 11:50', '2026-11-21 12:20']
        'hourly=24'          | ['2026-11-19 12:00', '2026-11-20 12:40', '2026-11-20 13:00']                                    || ['2026-11-20 13:00']
        'daily=2'            | ['2026-11-19 12:00', '2026-11-20 10:00', '2026-11-20 23:00', '2026-11-21 01:00', '2026-11-21 08:00'] || ['2026-11-20 23:00', '2026-11-21 08:00']
        'weekly=2'           | ['2026-11-08 12:00', '2026-11-09 00:10', '2026-11-15 23:59', '2026-11-16 00:30', '2026-11-21 06:00'] || ['2026-11-15 23:59', '2026-11-21 06:00']
        'monthly=2'          | ['2026-09-30 12:00', '2026-10-01 00:00', '2026-10-31 23:00', '2026-11-01 00:00', '2026-11-21 06:00'] || ['2026-10-31 23:00', '2026-11-21 06:00']
        'last=1,hourly=2'    | ['2026-11-21 10:00', '2026-11-21 11:10', '2026-11-21 11:20', '2026-11-21 12:00', '2026-11-21 12:05'] || ['2026-11-21 11:20', '2026-11-21 12:05']
        'last=2,daily=3'     | ['2026-11-17 12:00', '2026-11-19 08:00', '2026-11-19 09:00', '2026-11-21 10:00', '2026-11-21 11:00', '2026-11-21 12:00'] || ['2026-11-19 09:00', '2026-11-21 11:00', '2026-11-21 12:00']
        'hourly=1'           | ['2026-11-21 11:00', '2026-11-21 13:00', '2026-11-21 14:00']                                    || ['2026-11-21 13:00', '2026-11-21 14:00']
        'daily=7'            | []                                                                                               || []
    }

    def "the newest checkpoint is never deleted, however old (#keep)"() {
        expect:
        kept(['2020-01-01 00:00', '2020-01-02 00:00'], keep) == ['2020-01-02 00:00']

        where:
        keep << ['last=0', 'hourly=24', 'daily=7,weekly=4,monthly=12']
    }

    def "periods are the local time zone's: #zone"() {
        expect:
        kept(['2026-11-20 23:00', '2026-11-21 09:00', '2026-11-21 10:30', '2026-11-21 12:20'], 'daily=2', ZoneId.of(zone)) == expected

        where:
        zone               || expected
        'UTC'              || ['2026-11-20 23:00', '2026-11-21 12:20']
        'Pacific/Auckland' || ['2026-11-21 10:30', '2026-11-21 12:20'] // UTC+13: 12:20 is the 22nd, 10:30 the 21st's last
    }

    def "each domain is judged on its own, and each keeps its newest"() {
        given:
        def checkpoints = [taken('web', '2026-11-21 09:00'), taken('debian', '2026-11-21 10:00'),
                           taken('debian', '2026-11-21 11:00'), taken('web', '2026-11-21 08:00')]

        when:
        def verdicts = Retention.judge(checkpoints, RetentionPolicy.parse('last=1'), NOW, UTC)

        then:
        verdicts.collect { "${it.checkpoint().domain()} ${it.checkpoint().taken()} ${it.keptBy()}".toString() } == [
                'debian 2026-11-21T10:00:00Z []',
                'debian 2026-11-21T11:00:00Z [newest, last]',
                'web 2026-11-21T08:00:00Z []',
                'web 2026-11-21T09:00:00Z [newest, last]']
    }

    def "the rules that keep a checkpoint are all named"() {
        when:
        def verdicts = Retention.judge([taken('2026-11-20 12:00'), taken('2026-11-21 12:00')],
                RetentionPolicy.parse('last=2,hourly=1,daily=2,weekly=1,monthly=1'), NOW, UTC)

        then:
        verdicts*.keptBy() == [['last', 'daily'], ['newest', 'last', 'hourly', 'daily', 'weekly', 'monthly']]
    }
}
