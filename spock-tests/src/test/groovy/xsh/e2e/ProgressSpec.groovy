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
 * save's and restore's progress lines in a real terminal (tmux, at the REPL): everything the
 * terminal received is recorded (tmux pipe-pane), since a line that is erased when its step
 * ends may be gone before a screen capture could see it.
 */
@Requires(value = { TmuxSession.available() }, reason = 'tmux is not installed; .ci/run installs it')
class ProgressSpec extends Specification {

    static final String PROMPT = 'xsh> '
    static final String ERASE = '\r\u001b[K'
    static final String RATE_AND_ETA = / [\d.]+ (B|KiB|MiB|GiB|TiB)\/s ETA \d+:\d\d/
    /** A step's first frame, before a rate can be told; a fast step may show no other. */
    static final String RATE_OR_PENDING = / ([\d.]+ (B|KiB|MiB|GiB|TiB)\/s ETA \d+:\d\d|--\.- B\/s ETA --:--)/

    @TempDir
    Path tmp

    @AutoCleanup
    TmuxSession tmux = new TmuxSession()

    XshProcess xsh
    File transcript

    def setup() {
        xsh = new XshProcess(tmp)
        new GuestFiles(xsh.workDir).config('web', 256)
        assert xsh.run('create', '-q', 'web.cfg').exitCode == 0
        tmux.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path, TERM: 'xterm-256color'], xsh.launcher)
        tmux.waitForScreen(120) { it.endsWith(PROMPT.trim()) }
        transcript = new File(xsh.workDir.parentFile, 'terminal.txt')
        tmuxCommand('pipe-pane', '-t', 'xsh', "cat >> '${transcript.path}'")
    }

    def "save draws a bar with bytes, rate and time left on the terminal, then erases it before xl's line"() {
        when:
        tmux.keys('save -c web web.save', 'Enter')
        def screen = tmux.waitForScreen(60) { it.contains('Saving to web.save new xl format') && it.endsWith(PROMPT.trim()) }
        def received = received()

        then: 'the bar was drawn in place, from the start of the step to its end'
        received.contains(ERASE + 'Saving memory [            ]   0% 0.0/256.0 MiB')
        received =~ (/\r\u001b\[KSaving memory \[#{12}\] 100% 256\.0\/256\.0 MiB/ + RATE_AND_ETA)
        received.contains(ERASE + 'Checksumming [')

        and: 'what stays on the screen is xl: the command and its line, no bar'
        !screen.contains('Saving memory [')
        !screen.contains('Checksumming [')
    }

    def "restore draws its verifying and loading steps"() {
        given:
        assert xsh.run('save', 'web', 'web.save').exitCode == 0

        when:
        tmux.keys('restore web.save', 'Enter')
        def screen = tmux.waitForScreen(60) { it.contains('Parsing config from') && it.endsWith(PROMPT.trim()) }
        def received = received()

        then:
        received =~ (/\r\u001b\[KVerifying image \[[# ]{12}\] +\d+% [\d.]+\/[\d.]+ MiB/ + RATE_OR_PENDING)
        received =~ (/\r\u001b\[KRestoring memory \[#{12}\] 100% 256\.0\/256\.0 MiB/ + RATE_AND_ETA)
        !screen.contains('Restoring memory [')
        xsh.run('list', 'web').exitCode == 0
    }

    def "piped, save's and restore's stderr carries xl's lines only"() {
        when:
        def saved = xsh.run('save', 'web', 'web.save')
        def restored = xsh.run('restore', 'web.save')

        then:
        saved.exitCode == 0
        saved.stderrLines.size() == 1
        saved.stderr.startsWith('Saving to web.save new xl format (info 0x3/0x0/')
        restored.exitCode == 0
        [saved.stderr, restored.stderr].every { !it.contains('\r') && !it.contains('\u001b') && !it.contains('ETA') }
    }

    /** What the terminal received so far; the pipe flushes as the program writes. */
    String received() {
        String text = ''
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10)
        while (System.nanoTime() < deadline) {
            text = transcript.exists() ? transcript.getText('UTF-8') : ''
            if (text.contains(PROMPT) && text.lastIndexOf(PROMPT) > text.lastIndexOf('\n')) {
                break
            }
            sleep(50)
        }
        text
    }

    void tmuxCommand(String... args) {
        def process = new ProcessBuilder(['tmux', '-L', tmux.socket, '-f', '/dev/null'] + (args as List))
                .redirectErrorStream(true).start()
        def output = process.inputStream.getText('UTF-8')
        assert process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0: output
    }
}
