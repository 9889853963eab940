package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import org.opentest4j.TestAbortedException
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.SshdFixture
import xsh.e2e.support.XshProcess

/**
 * {@code migrate -s SSHCMD web HOST} to a host reached over a real ssh ({@link SshdFixture}):
 * the receiver is the remote side's xsh; on 127.0.0.1, and across a veth link to a network
 * namespace.
 */
class RemoteMigrateSpec extends Specification {

    @TempDir
    Path tmp

    SshdFixture sshd
    Path local
    XshProcess xsh
    XshProcess remote

    def setup() {
        local = Files.createTempDirectory('xr')
        xsh = new XshProcess(local)
        if (xsh.run('help', 'migrate').exitCode != 0) {
            throw new TestAbortedException('migrate over ssh skipped: this build has no migrate command')
        }
        new GuestFiles(xsh.workDir).config('web', 64)
        def made = xsh.run('create', '-q', 'web.cfg')
        assert made.exitCode == 0: made
    }

    def cleanup() {
        sshd?.close()
        local?.toFile()?.deleteDir()
    }

    private void startSshd(boolean namespace) {
        try {
            sshd = namespace ? SshdFixture.startInNetns(tmp.resolve('sshd')) : SshdFixture.start(tmp.resolve('sshd'))
        } catch (SshdFixture.Unavailable e) {
            throw new TestAbortedException("migrate over ssh skipped: ${e.message}")
        }
        remote = sshd.remoteXsh(tmp.resolve('remote'))
    }

    static List<String> names(RunResult list) {
        assert list.exitCode == 0: list
        list.stdoutLines.drop(1).collect { it.split(/\s+/)[0] }
    }

    def "migrate -s 'ssh -p PORT -i KEY ...' web USER@ADDRESS: web runs there and is gone here (#where)"() {
        given:
        startSshd(namespace)

        when:
        def r = xsh.run('migrate', '-s', sshd.sshCommandLine, 'web', "${sshd.user}@${sshd.address}".toString())

        then:
        r.exitCode == 0
        r.stderrLines.contains('migration target: Domain started successsfully.')
        r.stderrLines.contains('Migration successful.')
        names(xsh.run('list')) == ['Domain-0']
        names(remote.run('list')) == ['Domain-0', 'web']
        sshd.loginsAccepted() == 1

        where:
        where                       | namespace
        '127.0.0.1'                 | false
        'a network namespace'       | true
    }
}
