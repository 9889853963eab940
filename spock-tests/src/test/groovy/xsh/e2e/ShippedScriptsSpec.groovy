package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

import static xsh.e2e.CheckpointSpec.guestOnZvol
import static xsh.e2e.CheckpointSpec.state

/** The scripts shipped in scripts/, run through bin/xsh on the embedded host as an admin runs them. */
class ShippedScriptsSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
    }

    static String script(String name) {
        new File(XshProcess.projectRoot(), "scripts/$name").path
    }

    List<Map> checkpoints() {
        new JsonSlurper().parseText(xsh.run('checkpoint', 'list', '--json').stdout) as List<Map>
    }

    def "checkpoint-loop.xsh takes COUNT checkpoints INTERVAL apart into DIR, and the domain runs on"() {
        given:
        guestOnZvol(xsh, 'debian', 16)
        def dir = new File(xsh.workDir, 'images')
        dir.mkdirs()

        when:
        RunResult run = xsh.run(script('checkpoint-loop.xsh'), 'debian', 'zroot/debian', '1', '3', dir.path)

        then:
        run.exitCode == 0
        run.stderr == ''
        run.stdoutLines.size() == 3
        run.stdoutLines.every { it ==~ /debian@\d+  debian-\d+\.save  zroot\/debian@\d+  paused \d+ ms/ }
        def taken = checkpoints()
        taken.size() == 3
        taken.every { it.image.startsWith(dir.path + '/') && it.state == 'ok' }
        (taken*.id as List<Long>).collate(2, 1, false).every { a, b -> b - a >= 1 }
        xsh.run('checkpoint', 'verify').exitCode == 0
        state(xsh, 'debian') ==~ /[r-][b-]----/
    }

    def "checkpoint-loop.xsh #why: exit #code, '#message', nothing taken"() {
        given:
        guestOnZvol(xsh, 'debian', 16)

        when:
        RunResult run = xsh.run([script('checkpoint-loop.xsh')] + arguments)

        then:
        run.exitCode == code
        run.stderrLines.first() == message
        checkpoints() == []

        where:
        why                      | arguments                                  || code | message
        'without a dataset'      | ['debian']                                 || 2    | 'usage: checkpoint-loop.xsh DOMAIN DATASET [INTERVAL_SECONDS=60] [COUNT=forever] [DIR=.]'
        'with a bad interval'    | ['debian', 'zroot/debian', '0']            || 2    | "checkpoint-loop.xsh: INTERVAL_SECONDS must be a positive whole number, not '0'"
        'with a bad count'       | ['debian', 'zroot/debian', '1', 'many']    || 2    | "checkpoint-loop.xsh: COUNT must be a positive whole number, not 'many'"
        'for an unknown domain'  | ['nosuch', 'zroot/debian', '1', '1']       || 1    | 'checkpoint-loop.xsh: no domain named nosuch'
        'for an unknown dataset' | ['debian', 'zroot/nosuch', '1', '1']       || 1    | 'checkpoint-loop.xsh: no dataset named zroot/nosuch'
    }

    def "checkpoint-loop.xsh under --dry-run prints each checkpoint it would take and takes none"() {
        given:
        guestOnZvol(xsh, 'debian', 16)

        when:
        RunResult run = xsh.run('--dry-run', script('checkpoint-loop.xsh'), 'debian', 'zroot/debian', '1', '2', 'images')

        then:
        run.exitCode == 0
        run.stdoutLines == ['dry-run: checkpoint create debian --dataset zroot/debian --dir images'] * 2
        checkpoints() == []
    }

    def "restore-checkpoint.xsh brings a checkpoint back beside the domain, or in its place"() {
        given:
        guestOnZvol(xsh, 'debian', 16)
        assert xsh.run('checkpoint', 'create', 'debian').exitCode == 0
        def id = checkpoints()[0].id

        when:
        RunResult beside = xsh.run(script('restore-checkpoint.xsh'), 'debian', "$id", 'debian-old')

        then:
        beside.exitCode == 0
        beside.stdoutLines.last() ==~ /restored debian@$id \(taken .*\) as debian-old, id \d+/
        state(xsh, 'debian-old') ==~ /[r-][b-]----/
        state(xsh, 'debian') ==~ /[r-][b-]----/

        when:
        RunResult replacing = xsh.run(script('restore-checkpoint.xsh'), 'debian', 'latest')

        then:
        replacing.exitCode == 0
        replacing.stdoutLines.last() ==~ /restored debian@$id \(taken .*\) as debian, id \d+/
        state(xsh, 'debian') ==~ /[r-][b-]----/
    }

    def "restore-checkpoint.xsh refuses an unknown checkpoint and one that does not verify"() {
        given:
        guestOnZvol(xsh, 'debian', 16)
        assert xsh.run('checkpoint', 'create', 'debian').exitCode == 0
        def taken = checkpoints()[0]
        new File(taken.image as String).append('x')

        expect:
        with(xsh.run(script('restore-checkpoint.xsh'), 'debian', '1')) {
            exitCode == 1
            stderrLines == ['restore-checkpoint.xsh: no checkpoint debian@1']
        }
        with(xsh.run(script('restore-checkpoint.xsh'), 'debian', "${taken.id}")) {
            exitCode == 1
            stderrLines == ["restore-checkpoint.xsh: debian@${taken.id} does not verify; see: xsh checkpoint verify debian".toString()]
        }
        xsh.run('list').stdoutLines.size() == 3
    }

    def "balloon.xsh balloons every domU above the target down to it and reports what each gave"() {
        given:
        guestOnZvol(xsh, 'web', 512)
        guestOnZvol(xsh, 'db', 256)
        guestOnZvol(xsh, 'small', 64)

        when:
        RunResult run = xsh.run(script('balloon.xsh'), '128')

        then:
        run.exitCode == 0
        run.stdoutLines[0] ==~ /Name +Before +Now +Freed/
        run.stdoutLines.find { it.startsWith('web ') } ==~ /web +512 MiB +128 MiB +384 MiB/
        run.stdoutLines.find { it.startsWith('db ') } ==~ /db +256 MiB +128 MiB +128 MiB/
        run.stdoutLines.find { it.startsWith('small ') } ==~ /small +64 MiB +64 MiB +0 MiB/
        run.stdoutLines.last() == '2 of 3 domains ballooned to 128 MiB; 512 MiB freed'
        memoryOf('web') == 128
        memoryOf('small') == 64
    }

    def "balloon.xsh without a target is its usage, exit 2"() {
        expect:
        with(xsh.run(script('balloon.xsh'))) {
            exitCode == 2
            stderrLines == ['usage: balloon.xsh TARGET_MIB [TIMEOUT_SECONDS=30]']
        }
    }

    def "evacuate.xsh migrates every domU to HOST, past a domain that cannot go, and exits 1 naming it"() {
        given:
        def guests = new GuestFiles(xsh.workDir)
        ['web', 'db', 'mx'].each { guests.config(it, 64) }
        assert xsh.run('-c', 'host create h2; create -q web.cfg; create -q db.cfg; create -q mx.cfg; '
                + '--host h2 create -q db.cfg').exitCode == 0

        when:
        RunResult run = xsh.run(script('evacuate.xsh'), 'local:h2')

        then:
        run.exitCode == 1
        run.stdoutLines.size() == 4
        run.stdoutLines[0] ==~ /web: migrated in \d+ rounds?, downtime \d+ ms/
        run.stdoutLines[1] == 'db: failed: Migration failed, resuming at sender.'
        run.stdoutLines[2] ==~ /mx: migrated in \d+ rounds?, downtime \d+ ms/
        run.stdoutLines[3] == 'evacuated 2 of 3 domains to local:h2; still here: db'
        run.stderrLines.contains('Migration failed, resuming at sender.')
        names('default') == ['Domain-0', 'db']
        names('h2').sort() == ['Domain-0', 'db', 'mx', 'web']
    }

    def "evacuate.xsh with every domain gone exits 0; under --dry-run it migrates nothing"() {
        given:
        def guests = new GuestFiles(xsh.workDir)
        ['web', 'db'].each { guests.config(it, 64) }
        assert xsh.run('-c', 'host create h2; create -q web.cfg; create -q db.cfg').exitCode == 0

        when:
        RunResult dry = xsh.run('--dry-run', script('evacuate.xsh'), 'local:h2')

        then:
        dry.exitCode == 0
        dry.stdoutLines == ['dry-run: migrate web local:h2', 'dry-run: migrate db local:h2']
        names('default') == ['Domain-0', 'web', 'db']

        when:
        RunResult run = xsh.run(script('evacuate.xsh'), 'local:h2')

        then:
        run.exitCode == 0
        run.stdoutLines.last() == 'evacuated 2 of 2 domains to local:h2'
        names('default') == ['Domain-0']
        names('h2') == ['Domain-0', 'web', 'db']
    }

    def "evacuate.xsh #why is its usage, exit 2"() {
        expect:
        with(xsh.run([script('evacuate.xsh')] + arguments)) {
            exitCode == 2
            stderrLines == ['usage: evacuate.xsh HOST [SSH_COMMAND=ssh]']
        }

        where:
        why                  | arguments
        'without a host'     | []
        'with an empty host' | ['']
        'with three words'   | ['local:h2', 'ssh', 'more']
    }

    List<String> names(String host) {
        xsh.run('--host', host, 'list').stdoutLines.drop(1).collect { it.split(/\s+/)[0] }
    }

    int memoryOf(String name) {
        xsh.run('list', name).stdoutLines[1].split(/\s+/)[2] as int
    }
}
