package xsh.shell.migrate

import groovy.json.JsonSlurper
import spock.lang.Specification
import xsh.cfg.json.JsonStyle
import xsh.cfg.json.JsonWriter
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.shell.JsonOutputSpec
import xsh.toolstack.migrate.MigrationReport

class MigrationTextSpec extends Specification {

    static final long GIB = 1L << 30

    static MigrationReport report(String domain = 'web', int rounds = 3, long bytes = GIB, long totalMs = 1240,
                                  long downtimeMs = 12) {
        new MigrationReport(domain, 'local:h2', 5, 2, rounds, bytes, 0, totalMs, downtimeMs, [
                new MigrationReport.Round(1, 262144, GIB, 1000, 3000, false),
                new MigrationReport.Round(2, 3000, 12288000, 200, 40, false),
                new MigrationReport.Round(3, 40, 163840, 12, 0, true)])
    }

    def "the result line for people: #line"() {
        expect:
        MigrationText.line(report('web', rounds, bytes, totalMs, downtime), false) == line

        where:
        rounds | bytes          | totalMs | downtime || line
        3      | GIB            | 1240    | 12       || 'web: migrated to local:h2 in 3 rounds, 1.0 GiB sent in 1.24 s, downtime 12 ms'
        1      | 812            | 5       | 0        || 'web: migrated to local:h2 in 1 round, 812 B sent in 0.01 s, downtime 0 ms'
        5      | 1610612736     | 61000   | 250      || 'web: migrated to local:h2 in 5 rounds, 1.5 GiB sent in 61.00 s, downtime 250 ms'
        2      | 200 * 1048576L | 900     | 7        || 'web: migrated to local:h2 in 2 rounds, 200.0 MiB sent in 0.90 s, downtime 7 ms'
    }

    def "on a terminal the outcome is coloured, and nothing else"() {
        expect:
        MigrationText.line(report(), true) ==
                'web: \u001b[32mmigrated\u001b[0m to local:h2 in 3 rounds, 1.0 GiB sent in 1.24 s, downtime 12 ms'
        MigrationText.line(MigrationOutcome.failed('db', new XshException('gone', 1)), 2, true) ==
                'db: \u001b[31mfailed\u001b[0m: gone'
    }

    def "--json has the report's fields, each round's too"() {
        when:
        def json = new JsonSlurper().parseText(JsonWriter.write(MigrationText.json(report()), JsonStyle.PRETTY))

        then:
        json.keySet() as List == ['domain', 'target', 'source_domid', 'target_domid', 'rounds', 'bytes',
                                  'storage_bytes', 'total_ms', 'downtime_ms', 'per_round']
        json.domain == 'web'
        json.target == 'local:h2'
        json.source_domid == 5
        json.target_domid == 2
        json.rounds == 3
        json.bytes == GIB
        json.total_ms == 1240
        json.downtime_ms == 12
        json.per_round*.round == [1, 2, 3]
        json.per_round[2] == [round: 3, pages: 40, bytes: 163840, ms: 12, dirty_pages: 0, stop_and_copy: true]
    }

    def "a target domid the sender cannot know (over ssh) is null in the JSON"() {
        given:
        def r = report()
        def unknown = new MigrationReport(r.domain(), 'h2.lan', r.sourceDomid(), -1, r.rounds(), r.bytes(),
                r.storageBytes(), r.totalMs(), r.downtimeMs(), r.perRound())

        expect:
        MigrationText.json(unknown).containsKey('target_domid')
        MigrationText.json(unknown).target_domid == null
    }

    def "--all: the lines align on the longest name, the summary names each failure with its reason"() {
        given:
        def outcomes = [MigrationOutcome.migrated(report('web')),
                        MigrationOutcome.failed('database', new MultiLineException(
                                ['migration sender: Target reports startup failure (status code 1).',
                                 'Migration failed due to problems at target.'], 1)),
                        MigrationOutcome.migrated(report('mx', 1, 4096, 30, 3))]

        expect:
        outcomes.collect { MigrationText.line(it, 8, false) } == [
                'web:      migrated to local:h2 in 3 rounds, 1.0 GiB sent in 1.24 s, downtime 12 ms',
                'database: failed: migration sender: Target reports startup failure (status code 1); '
                        + 'Migration failed due to problems at target.',
                'mx:       migrated to local:h2 in 1 round, 4.0 KiB sent in 0.03 s, downtime 3 ms']
        MigrationText.summary(outcomes, false) == '''\
migrated 2, failed 1:
  database: migration sender: Target reports startup failure (status code 1); Migration failed due to problems at target.
'''
        MigrationText.summary(outcomes.findAll { it.ok() }, false) == 'migrated 2, failed 0\n'
    }

    def "--all --json: one object per domain, migrated or with its error"() {
        when:
        def json = new JsonSlurper().parseText(JsonWriter.write([
                MigrationText.json(MigrationOutcome.migrated(report('web'))),
                MigrationText.json(MigrationOutcome.failed('db', new XshException('Migration failed, resuming at sender.', 1)))],
                JsonStyle.PRETTY))

        then:
        json*.domain == ['web', 'db']
        json*.migrated == [true, false]
        json[0].rounds == 3
        json[0].per_round.size() == 3
        json[1] == [domain: 'db', migrated: false, error: 'Migration failed, resuming at sender.']
    }

    def "a failure's reason is one line: xl's lines joined, its banners and blank lines left out"() {
        expect:
        MigrationOutcome.reason(new MultiLineException(['', '** Migration failed during final handshake **',
                'Domain state is now undefined !', ''], 1)) == 'Domain state is now undefined !'
        MigrationOutcome.reason(new MultiLineException(['migration sender: the link to the receiver failed: Broken pipe',
                'migration sender: libxl_domain_suspend failed (rc=-3)', 'Migration failed, resuming at sender.'], 1)) ==
                'migration sender: the link to the receiver failed: Broken pipe; ' +
                'migration sender: libxl_domain_suspend failed (rc=-3); Migration failed, resuming at sender.'
        MigrationOutcome.reason(new IllegalStateException('broken')) == 'xsh: broken'
    }

    def "the README's JSON outputs name every key of migrate's JSON, --all's too"() {
        given:
        def bullet = JsonOutputSpec.jsonSection().split(/\n(?=- )/).find { it.startsWith('- `migrate`:') }
        def named = (bullet =~ /[A-Za-z_0-9]+/).collect { it } as Set
        def all = MigrationText.json(MigrationOutcome.migrated(report())).keySet() +
                MigrationText.json(MigrationOutcome.failed('db', new XshException('x', 1))).keySet() +
                MigrationText.json(report()).per_round[0].keySet()

        expect:
        all - named == [] as Set
    }
}
