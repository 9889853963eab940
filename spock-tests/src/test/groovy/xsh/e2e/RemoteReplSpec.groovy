package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import org.opentest4j.TestAbortedException
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.SshdFixture
import xsh.e2e.support.TmuxSession
import xsh.e2e.support.XshProcess

/** {@code connect ssh://...} at the xsh> prompt in a real terminal: the prompt names the host and Tab reads it. */
@Requires(value = { TmuxSession.available() }, reason = 'tmux is not installed; .ci/run installs it')
class RemoteReplSpec extends Specification {

    @TempDir
    Path tmp

    @AutoCleanup
    TmuxSession tmux = new TmuxSession()

    SshdFixture sshd
    Path local
    XshProcess xsh

    def setup() {
        try {
            sshd = SshdFixture.start(tmp.resolve('sshd'))
        } catch (SshdFixture.Unavailable e) {
            throw new TestAbortedException("sshd specs skipped: ${e.message}")
        }
        def remote = sshd.remoteXsh(tmp.resolve('remote'))
        def guests = new GuestFiles(remote.workDir)
        def made = remote.run('-c', "create -q ${guests.config('faraway').path}; create -q ${guests.config('farther').path}; "
                + 'pause farther')
        assert made.exitCode == 0: made.toString()
        local = Files.createTempDirectory('xr')   // short: ssh's control socket lives under XSH_HOME
        xsh = new XshProcess(local)
    }

    private void startRepl(List<String> args = []) {
        tmux.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path] + sshd.clientEnvironment, xsh.launcher + args)
        tmux.waitForScreen(120) { it.readLines() && it.readLines()[-1].startsWith('xsh') && it.endsWith('>') }
    }

    def cleanup() {
        try {
            tmux.keys('C-u', 'exit', 'Enter')
            tmux.waitForExit()
        } catch (AssertionError ignored) {
            // the session is gone already; closing it kills what is left
        }
        sshd?.close()
        local?.toFile()?.deleteDir()
    }

    def "connect: the prompt names the remote host, Tab offers its domains, commands run there; connect alone comes back"() {
        given:
        String prompt = "xsh(${sshd.uri})>"
        startRepl()

        when:
        tmux.keys("connect ${sshd.uri}".toString(), 'Enter')

        then:
        tmux.waitForScreen(60) { it.readLines()[-1] == prompt }

        when: 'Tab on a domain argument: pause offers the running one of faraway and farther'
        tmux.keys('pause far', 'Tab')

        then:
        tmux.waitForScreen(60) { it.readLines()[-1].startsWith("$prompt pause faraway") }

        when: 'unpause offers the paused one alone'
        tmux.keys('C-u', 'unpause f', 'Tab')

        then:
        tmux.waitForScreen(60) { it.readLines()[-1].startsWith("$prompt unpause farther") }

        when:
        tmux.keys('Enter')
        tmux.waitForScreen(60) { it.readLines()[-1] == prompt }
        tmux.keys('list', 'Enter')

        then: 'list runs there'
        tmux.waitForScreen(60) { it.readLines().any { it ==~ /farther +\d+ .*/ } && it.readLines()[-1] == prompt }

        when:
        tmux.keys('connect', 'Enter')

        then:
        tmux.waitForScreen(60) { it.readLines()[-1] == 'xsh>' }
        sshd.loginsAccepted() == 1
    }

    def "started with --host ssh://: Tab reads nothing before the first command logs in (it never asks for a password), then the host"() {
        given:
        String prompt = "xsh(${sshd.uri})>"
        startRepl(['--host', sshd.uri])

        when:
        tmux.keys('pause far', 'Tab')
        sleep(3000)

        then:
        tmux.screen().readLines()[-1] == "$prompt pause far"
        sshd.loginsAccepted() == 0

        when:
        tmux.keys('C-u', 'vm-list', 'Enter')
        tmux.waitForScreen(60) { it.contains('Domain-0') && it.readLines()[-1] == prompt }
        tmux.keys('pause far')

        then: 'a Tab while the first read is under way is served what was there (nothing); a later one the host'
        tmux.waitForScreen(60) { screen ->
            if (!screen.readLines()[-1].startsWith("$prompt pause faraway")) {
                tmux.keys('Tab')
                sleep(1000)
            }
            screen.readLines()[-1].startsWith("$prompt pause faraway")
        }
        sshd.loginsAccepted() == 1
    }

    def "Ctrl-C reaches the remote xsh (it has a terminal there): its command stops there, and so does the rest of the line"() {
        given:
        String prompt = "xsh(${sshd.uri})>"
        startRepl(['--host', sshd.uri])
        String marker = "sleep(${60000 + new Random().nextInt(1000)})"

        when:
        tmux.keys("groovy $marker; vm-list".toString(), 'Enter')
        tmux.waitForScreen(60) { running(marker) }
        sleep(2000)   // the remote xsh has started its command
        tmux.keys('C-c')

        then: 'as for a command stopped here'
        tmux.waitForScreen(60) { it.readLines()[-2..-1] == ['xsh: interrupted', prompt] }
        !tmux.screen().contains('Domain-0')   // vm-list did not run
        waitUntil { !running(marker) }
    }

    /** Whether a process of this machine (the local ssh, or the remote side's xsh) runs the command line with {@code marker}. */
    private static boolean running(String marker) {
        ProcessHandle.allProcesses().anyMatch { it.info().commandLine().orElse('').contains(marker) }
    }

    private static boolean waitUntil(Closure<Boolean> condition) {
        long deadline = System.nanoTime() + 30_000_000_000L
        while (!condition()) {
            assert System.nanoTime() < deadline: 'the condition never held'
            sleep(100)
        }
        true
    }
}
