package xsh.shell.checkpoint

import groovy.json.JsonSlurper
import java.nio.file.Path
import java.time.LocalDateTime
import java.time.ZoneOffset
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.SimShellHarness

/** Five checkpoints of debian, 20 minutes apart, from 00:00 on 1 January 2024 (UTC, the zone periods are counted in). */
class CheckpointPruneCommandSpec extends Specification {

    @TempDir
    Path home

    @AutoCleanup
    SimShellHarness xsh

    TimeZone zone = TimeZone.default
    List<String> ids = []

    def setup() {
        TimeZone.default = TimeZone.getTimeZone('UTC')
        xsh = new SimShellHarness(home)
        xsh.host.storage().createVolume('zroot/debian', 64L << 20, [:], false, false)
        xsh.guest('debian', "disk = [ 'phy:/dev/zvol/zroot/debian,xvda,w' ]", 64)
        5.times {
            xsh.clock.advanceMillis(it == 0 ? 30_000 : 20 * 60_000)
            def created = xsh.run('checkpoint', 'create', 'debian')
            assert created.code == 0: created.err
            ids << (created.out =~ /debian@(\d+)/)[0][1]
        }
    }

    def cleanup() {
        TimeZone.default = zone
    }

    List<String> listed() {
        new JsonSlurper().parseText(xsh.run('checkpoint', 'list', '--json').out)*.id*.toString()
    }

    static String line(String id) {
        "debian@$id  ${LocalDateTime.ofEpochSecond(Long.parseLong(id), 0, ZoneOffset.UTC).toString().replace('T', ' ')}"
    }

    def "a dry run (#how) prints exactly the lines the real run then prints, and deletes nothing"() {
        when:
        def dry = xsh.run(dryRun as String[])

        then:
        dry.code == 0
        dry.out == [ids[0], ids[1], ids[3]].collect { line(it) + '\n' }.join()
        dry.err == 'would delete 3 checkpoints, keeping 2\n'
        listed() == ids

        when:
        def real = xsh.run('checkpoint', 'prune', 'debian', '--keep', 'hourly=2')

        then:
        real.code == 0
        real.out == dry.out
        real.err == 'deleted 3 checkpoints, keeping 2\n'
        listed() == [ids[2], ids[4]]

        where:
        how                | dryRun
        'its own'          | ['checkpoint', 'prune', '--keep', 'hourly=2', '--dry-run']
        'the global one'   | ['--dry-run', 'checkpoint', 'prune', '--keep', 'hourly=2']
    }

    def "--json tells what went and what stays, and by which rule"() {
        when:
        def run = xsh.run('checkpoint', 'prune', '--keep', 'last=2', '--json', '-n')
        def json = new JsonSlurper().parseText(run.out)

        then:
        run.code == 0
        json.dry_run == true
        json.deleted*.reference == ids[0..2].collect { "debian@$it".toString() }
        json.kept*.reference == ids[3..4].collect { "debian@$it".toString() }
        json.kept*.kept_by == [['last'], ['newest', 'last']]
        json.failed == []
    }

    def "a checkpoint whose snapshot a restored clone uses stays, is told, and the others go"() {
        given:
        assert xsh.run('checkpoint', 'restore', "debian@${ids[1]}", '--as', 'copy').code == 0

        when:
        def run = xsh.run('checkpoint', 'prune', '--keep', 'last=1')

        then:
        run.code == 1
        run.out == [ids[0], ids[2], ids[3]].collect { line(it) + '\n' }.join()
        run.err.readLines()[0] == 'deleted 3 checkpoints, keeping 1'
        run.err.readLines()[1].startsWith("checkpoint prune: cannot delete debian@${ids[1]}: ")
        run.err.readLines().size() == 2
        listed() == [ids[1], ids[4]]
    }

    def "--keep '#keep' is refused in one line"() {
        when:
        def run = xsh.run('checkpoint', 'prune', '--keep', keep)

        then:
        run.code == 1
        run.out == ''
        run.err == message + '\n'
        listed() == ids

        where:
        keep         || message
        'yearly=3'   || "--keep: unknown key 'yearly' (keys: last, hourly, daily, weekly, monthly)"
        'daily=many' || '--keep: daily=many: not a whole number of checkpoints'
    }
}
