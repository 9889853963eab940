package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

import static xsh.e2e.DomainLifecycleSpec.row

/**
 * Live migration through bin/xsh between two embedded hosts of one XSH_HOME, as an admin
 * evacuates a host: {@code migrate web local:h2}, its options, {@code --all}, the ssh command
 * (a fake ssh that runs the receiver here), and a receiver killed at random moments.
 */
class MigrateSpec extends Specification {

    static final String RESULT = /web: migrated to local:h2 in \d+ rounds?, \d+\.\d [KMG]iB sent in \d+\.\d\d s, downtime \d+ ms/

    @TempDir
    Path tmp

    XshProcess xsh
    GuestFiles guests

    def setup() {
        xsh = new XshProcess(tmp)
        guests = new GuestFiles(xsh.workDir)
        guests.config('web', 64)
        guests.config('filler', 64)
        def made = xsh.run('-c', 'host create h2; create -q web.cfg; --host h2 create -q filler.cfg')
        assert made.exitCode == 0: made
    }

    RunResult list(String host) {
        def r = xsh.run('--host', host, 'list')
        assert r.exitCode == 0: r
        r
    }

    static List<String> names(RunResult list) {
        list.stdoutLines.drop(1).collect { it.split(/\s+/)[0] }
    }

    def "migrate web local:h2: xl's lines in xl's order, a line for people, web gone here and running there"() {
        given:
        int before = row(list('default'), 'web').domid

        when:
        def r = xsh.run('migrate', 'web', 'local:h2')

        then:
        r.exitCode == 0
        r.stdoutLines.size() == 1
        r.stdout ==~ RESULT + '\n'
        def sender = r.stderrLines.findAll { it.startsWith('migration sender:') || it.startsWith('Saving to') || it.startsWith('Migration') }
        sender.size() == 5
        sender[0] ==~ /Saving to migration stream new xl format \(info 0x3\/0x0\/\d+\)/
        sender.drop(1) == ['migration sender: Target has acknowledged transfer.',
                           'migration sender: Giving target permission to start.',
                           'migration sender: Target reports successful startup.',
                           'Migration successful.']
        r.stderrLines.findAll { it.startsWith('migration target:') } == [
                'migration target: Ready to receive domain.',
                'migration target: Transfer complete, requesting permission to start domain.',
                'migration target: Got permission, starting domain.',
                'migration target: Domain started successsfully.']
        inOrder(r.stderrLines, ['migration target: Ready to receive domain.',
                                'migration target: Transfer complete, requesting permission to start domain.',
                                'migration sender: Target has acknowledged transfer.',
                                'migration sender: Giving target permission to start.',
                                'migration target: Got permission, starting domain.',
                                'migration target: Domain started successsfully.',
                                'migration sender: Target reports successful startup.',
                                'Migration successful.'])
        names(list('default')) == ['Domain-0']
        def there = row(list('h2'), 'web')
        there.state ==~ /[r-][b-]----/
        there.domid != before
    }

    def "xl migrate through the xl front end: xl's lines alone, nothing on stdout"() {
        when:
        def r = xsh.run('xl', 'migrate', 'web', 'local:h2')

        then:
        r.exitCode == 0
        r.stdout == ''
        r.stderrLines.last() == 'Migration successful.'
        names(list('h2')).contains('web')
    }

    def "migrate-receive writes the protocol alone on stdout, even with colours forced; its lines go to stderr"() {
        when: 'a sender that goes away at once'
        def r = xsh.run('--color=always', '--host', 'h2', 'migrate-receive')

        then:
        r.exitCode == 1
        r.stdout == 'xl migration receiver ready, send binary domain data.\n'
        r.stderrLines.first() == 'migration target: Ready to receive domain.'
        names(list('h2')) == ['Domain-0', 'filler']
    }

    static boolean inOrder(List<String> lines, List<String> expected) {
        def at = expected.collect { lines.indexOf(it) }
        assert at.every { it >= 0 } && at == at.sort(false): "not in this order: $expected\nin:\n${lines.join('\n')}"
        true
    }

    def "-p leaves it paused there; --json reports rounds, bytes and times"() {
        when:
        def r = xsh.run('migrate', '-p', '--json', 'web', 'local:h2')
        def json = new JsonSlurper().parseText(r.stdout)

        then:
        r.exitCode == 0
        json.domain == 'web'
        json.target == 'local:h2'
        json.source_domid == 1
        json.rounds >= 2
        json.rounds == json.per_round.size()
        json.per_round.last().stop_and_copy
        json.bytes >= 64 * 1024 * 1024
        json.storage_bytes == 0
        json.total_ms >= json.downtime_ms
        json.downtime_ms >= 0
        json.target_domid == row(list('h2'), 'web').domid
        json.target_domid != json.source_domid
        row(list('h2'), 'web').state.contains('p')
        names(list('default')) == ['Domain-0']
    }

    def "a domain whose name is taken at the target stays here, running, and the failure says why: exit 1"() {
        given:
        assert xsh.run('--host', 'h2', 'create', '-q', guests.config('web', 64).path).exitCode == 0

        when:
        def r = xsh.run('migrate', 'web', 'local:h2')

        then:
        r.exitCode == 1
        r.stdout == ''
        r.stderrLines.contains('Migration failed, resuming at sender.')
        row(list('default'), 'web').state ==~ /[r-][b-]----/
        names(list('h2')).count { it.startsWith('web') } == 1
    }

    def "migrate --all: every domU in turn, past a failure, a summary, exit 1; the failed one runs on here"() {
        given:
        guests.config('db', 64)
        guests.config('mx', 64)
        assert xsh.run('-c', 'create -q db.cfg; create -q mx.cfg; --host h2 create -q db.cfg').exitCode == 0

        when:
        def r = xsh.run('migrate', '--all', 'local:h2')

        then:
        r.exitCode == 1
        r.stdoutLines.size() == 5
        r.stdoutLines[0] ==~ /web: migrated to local:h2 .*/
        r.stdoutLines[1] ==~ /db:  failed: .*Migration failed, resuming at sender\./
        r.stdoutLines[2] ==~ /mx:  migrated to local:h2 .*/
        r.stdoutLines[3] == 'migrated 2, failed 1:'
        r.stdoutLines[4] ==~ /  db: .*Migration failed, resuming at sender\./
        names(list('default')) == ['Domain-0', 'db']
        row(list('default'), 'db').state ==~ /[r-][b-]----/
        names(list('h2')).sort() == ['Domain-0', 'db', 'filler', 'mx', 'web']
    }

    def "migrate --all --json: an array of the outcomes"() {
        given:
        guests.config('db', 64)
        assert xsh.run('create', '-q', 'db.cfg').exitCode == 0

        when:
        def r = xsh.run('--json', 'migrate', '--all', 'local:h2')
        def json = new JsonSlurper().parseText(r.stdout)

        then:
        r.exitCode == 0
        json*.domain == ['web', 'db']
        json*.migrated == [true, true]
        json.every { it.rounds >= 1 && it.target == 'local:h2' }
        names(list('default')) == ['Domain-0']
    }

    /** A fake ssh: records its arguments, skips its -o options, takes HOST as the embedded host's name, runs the rest here. */
    File fakeSsh() {
        def bin = Files.createDirectories(tmp.resolve('bin'))
        Files.createSymbolicLink(bin.resolve('xsh'), new File(XshProcess.projectRoot(), 'bin/xsh').toPath())
        def ssh = bin.resolve('fakessh')
        ssh.toFile().text = """\
#!/bin/sh
printf '%s\\n' "\$@" > '${tmp.resolve('ssh-args')}'
while [ "\$1" = -o ]; do shift 2; done
host=\$1
shift
PATH='$bin':\$PATH XSH_HOST=\$host exec "\$@"
"""
        Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString('rwxr-xr-x'))
        ssh.toFile()
    }

    def "-s SSHCMD: the receiver is started as SSHCMD HOST xsh migrate-receive FLAGS: #flags"() {
        given:
        def ssh = fakeSsh()

        when:
        def r = xsh.run(['migrate', '-s', "$ssh -o BatchMode=yes".toString()] + flags + ['web', 'h2'])

        then:
        r.exitCode == 0
        r.stdout ==~ /web: migrated to h2 in .*\n/
        tmp.resolve('ssh-args').toFile().readLines() == ['-o', 'BatchMode=yes', 'h2', 'xsh', 'migrate-receive'] + receiverFlags
        names(list('h2')).contains('web')
        names(list('default')) == ['Domain-0']

        where:
        flags                 || receiverFlags
        []                    || []
        ['-e', '-p']          || ['-e', '-p']
        ['--debug', '-F']     || ['-e', '-d']
    }

    def "-s '': HOST is the receiver's command line"() {
        given:
        def ssh = fakeSsh()

        when:
        def r = xsh.run('migrate', '-s', '', 'web', "$ssh h2 xsh migrate-receive".toString())

        then:
        r.exitCode == 0
        tmp.resolve('ssh-args').toFile().readLines() == ['h2', 'xsh', 'migrate-receive']
        names(list('h2')).contains('web')
    }

    def "a receiver that cannot be reached: the ssh command's failure, the domain runs on here, exit 1"() {
        when:
        def r = xsh.run('migrate', '-s', 'false', 'web', 'h2')

        then:
        r.exitCode == 1
        r.stdout == ''
        r.stderrLines == ['libxl: error: libxl_utils.c:505:libxl_read_exactly: file/stream truncated reading banner '
                                  + 'from migration receiver stream']
        row(list('default'), 'web').state ==~ /[r-][b-]----/
    }
}
