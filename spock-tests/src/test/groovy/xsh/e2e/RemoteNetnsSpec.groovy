package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import org.opentest4j.TestAbortedException
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.SshdFixture
import xsh.e2e.support.XshProcess

/**
 * The remote host in a network namespace of its own, joined to this one by a veth pair: xsh's
 * commands and their answers cross a real link ({@link SshdFixture#startInNetns}).
 */
class RemoteNetnsSpec extends Specification {

    @TempDir
    Path tmp

    SshdFixture sshd
    Path local
    XshProcess xsh
    XshProcess remote

    def setup() {
        try {
            sshd = SshdFixture.startInNetns(tmp.resolve('sshd'))
        } catch (SshdFixture.Unavailable e) {
            throw new TestAbortedException("network namespace specs skipped: ${e.message}")
        }
        local = Files.createTempDirectory('xr')
        xsh = new XshProcess(local)
        xsh.environment.putAll(sshd.clientEnvironment)
        remote = sshd.remoteXsh(tmp.resolve('remote'))
    }

    def cleanup() {
        sshd?.close()
        local?.toFile()?.deleteDir()
    }

    def "create, pause and list on a host across the link, in one session"() {
        given:
        def cfg = new GuestFiles(remote.workDir).config('web')
        long sentBefore = sshd.linkBytesSent()

        when:
        def result = xsh.run('--host', sshd.uri, '-c', "create -q ${cfg.path}; pause web; list web")

        then:
        sshd.uri.startsWith("ssh://${sshd.user}@10.213.")
        result.exitCode == 0
        result.stdoutLines[1] ==~ /web +1 +256 +2 +--p--- +\d+\.\d/
        sshd.loginsAccepted() == 1
        sshd.linkBytesSent() > sentBefore

        and: 'the remote side has it'
        remote.run('list', 'web').stdoutLines[1].startsWith('web ')
    }

    def "a link that is down: the command fails in one line naming the host, exit code 255"() {
        given:
        sshd.linkDown()

        when:
        xsh.environment.XSH_SSH_OPTS += ' -o ConnectTimeout=2'
        def result = xsh.run('--host', sshd.uri, 'list')

        then:
        result.exitCode == 255
        result.stderrLines.size() == 1
        result.stderrLines[0].startsWith("xsh: ${sshd.uri}: cannot connect: ")
        result.stderrLines[0].contains("${sshd.address} port 22")   // ssh's own reason: it timed out
    }
}
