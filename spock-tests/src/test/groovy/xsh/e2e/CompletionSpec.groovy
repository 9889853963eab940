package xsh.e2e

import java.nio.file.Path
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.TmuxSession
import xsh.e2e.support.XshProcess

/** Tab at the xsh> prompt in a real terminal (tmux), offering what the embedded host has now. */
@Requires(value = { TmuxSession.available() }, reason = 'tmux is not installed; .ci/run installs it')
class CompletionSpec extends Specification {

    static final String PROMPT = 'xsh> '

    @TempDir
    Path tmp

    @AutoCleanup
    TmuxSession tmux = new TmuxSession()

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
        def guests = new GuestFiles(xsh.workDir)
        ['debian', 'devuan', 'web', 'mail'].each { guests.config(it) }
        def prepared = xsh.run('-c', 'create -q debian.cfg; create -q devuan.cfg; create -q web.cfg; create -q mail.cfg; '
                + 'pause web; pause mail; zfs create -V 1G zroot/debian; '
                + 'zfs snapshot zroot/debian@1700000000; zfs snapshot zroot/debian@1700000060')
        assert prepared.exitCode == 0: prepared.toString()
        tmux.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path], xsh.launcher)
        tmux.waitForScreen(120) { it.endsWith(PROMPT.trim()) }
    }

    /** Leaves the REPL before the temporary directories go: it writes its history and the host's files as it ends. */
    def cleanup() {
        try {
            tmux.keys('C-u', 'exit', 'Enter')
            tmux.waitForExit()
        } catch (AssertionError ignored) {
            // the session is gone already; closing it kills what is left
        }
    }

    /** The words Tab listed under the last prompt line that starts with {@code typed}, sorted; null if there is none. */
    static List<String> listed(String screen, String typed) {
        def lines = screen.readLines()
        int prompt = lines.findLastIndexOf { it.startsWith(PROMPT + typed.trim()) }
        prompt < 0 ? null : lines.drop(prompt + 1).collectMany { it.trim().split(/\s+/) as List }.findAll { it }.sort()
    }

    def "Tab completes a command name, and a domain by its name"() {
        when:
        tmux.keys('li', 'Tab')

        then:
        tmux.waitForScreen { it.readLines()[-1].startsWith("${PROMPT}list ") }   // then the faint tail tip

        when:
        tmux.keys('C-u', 'save -p deb', 'Tab')

        then: 'devuan does not start so'
        tmux.waitForScreen { it.readLines()[-1].startsWith("${PROMPT}save -p debian ") }
    }

    def "unpause offers exactly the paused domains, and after pause at the prompt the newly paused one too"() {
        when:
        tmux.keys('list', 'Enter')
        tmux.waitForScreen { it.contains('mail ') && it.endsWith(PROMPT.trim()) }
        tmux.keys('unpause ', 'Tab')

        then:
        tmux.waitForScreen { listed(it, 'unpause ') == ['mail', 'web'] }

        when:
        tmux.keys('C-u', 'pause debian', 'Enter')
        tmux.waitForScreen { it.endsWith(PROMPT.trim()) }
        tmux.keys('unpause ', 'Tab')

        then:
        tmux.waitForScreen { listed(it, 'unpause ') == ['debian', 'mail', 'web'] }

        when: 'pause offers those not paused, also behind xl'
        tmux.keys('C-u', 'xl pause ', 'Tab')

        then:
        tmux.waitForScreen { it.endsWith("${PROMPT}xl pause devuan") }
    }

    def "zfs list DATASET@ lists that dataset's snapshots"() {
        when:
        tmux.keys('zfs list zroot/debian@', 'Tab')

        then:
        tmux.waitForScreen { listed(it, 'zfs list zroot/debian@') == ['@1700000000', '@1700000060'] }
    }
}
