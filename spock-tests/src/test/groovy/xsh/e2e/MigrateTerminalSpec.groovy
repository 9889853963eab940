package xsh.e2e

import java.nio.file.Path
import java.util.concurrent.TimeUnit
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.TmuxSession
import xsh.e2e.support.XshProcess

/**
 * migrate at the REPL in a real terminal (tmux, on a private server): its progress bar, and
 * Ctrl-C in the middle of a migration. Everything the terminal received is recorded (tmux
 * pipe-pane), as the bar is erased before a screen capture could see it.
 */
@Requires(value = { TmuxSession.available() }, reason = 'tmux is not installed; .ci/run installs it')
class MigrateTerminalSpec extends Specification {

    static final String PROMPT = 'xsh> '
    static final String ERASE = '\r\u001b[K'

    @TempDir
    Path tmp

    @AutoCleanup
    TmuxSession tmux = new TmuxSession()

    XshProcess xsh
    File transcript

    def setup() {
        xsh = new XshProcess(tmp)
        new GuestFiles(xsh.workDir).config('big', 1024)
        assert xsh.run('-c', 'host create h2; create -q big.cfg').exitCode == 0
        tmux.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path, TERM: 'xterm-256color'], xsh.launcher)
        tmux.waitForScreen(120) { it.endsWith(PROMPT.trim()) }
        transcript = new File(xsh.workDir.parentFile, 'terminal.txt')
        def pipe = new ProcessBuilder(['tmux', '-L', tmux.socket, '-f', '/dev/null', 'pipe-pane', '-t', 'xsh',
                                       "cat >> '${transcript.path}'".toString()]).redirectErrorStream(true).start()
        assert pipe.waitFor(30, TimeUnit.SECONDS) && pipe.exitValue() == 0
    }

    def "the bar shows the rounds as they go and is gone once the migration has ended"() {
        when:
        tmux.keys('migrate big local:h2', 'Enter')
        def screen = tmux.waitForScreen(120) { it.contains('big: migrated to local:h2') && it.endsWith(PROMPT.trim()) }

        then:
        transcript.getText('UTF-8') =~ (/\r\u001b\[KRound 1 \[[# ]{12}\] +\d+% [\d.]+ [KMG]iB [\d.]+ [KMG]iB\/s/)
        transcript.getText('UTF-8') =~ (/\r\u001b\[KRound \d+ final \[/)
        !screen.contains('Round 1 [')
        screen.contains('Migration successful.')
    }

    def "Ctrl-C mid-migration: the link is cut, the domain runs on here under its name, the REPL lives on"() {
        when:
        tmux.keys('migrate big local:h2', 'Enter')
        tmux.waitForScreen(120) { it.contains('Round 1 [') }
        tmux.keys('C-c')
        def screen = tmux.waitForScreen(60) { it.contains('Migration failed, resuming at sender.') && it.endsWith(PROMPT.trim()) }

        then:
        !screen.contains('Migration successful.')

        when:
        tmux.keys('list big', 'Enter')
        screen = tmux.waitForScreen(30) { it.readLines().last() == PROMPT.trim() && it.readLines().any { l -> l.startsWith('big ') } }

        then:
        screen.readLines().find { it.startsWith('big ') } =~ /[r-][b-]----/
        xsh.run('--host', 'h2', 'list').stdoutLines.drop(1).every { !it.startsWith('big') }
    }
}
