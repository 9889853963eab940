package xsh.e2e

import java.nio.file.Path
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.TmuxSession
import xsh.e2e.support.XshProcess

/** The REPL in a real terminal (tmux): prompt, completion, history, Ctrl-C, leaving. */
@Requires(value = { TmuxSession.available() }, reason = 'tmux is not installed; .ci/run installs it')
class ReplSpec extends Specification {

    static final String PROMPT = 'xsh> '

    @TempDir
    Path tmp

    @AutoCleanup
    TmuxSession tmux = new TmuxSession()

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
        tmux.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path], xsh.launcher)
        tmux.waitForScreen(120) { it.endsWith(PROMPT.trim()) }   // the first start may train the archive
    }

    def "#how leaves the REPL with exit status #status"() {
        when:
        tmux.keys(*keys)

        then:
        tmux.waitForExit() == status

        where:
        how      | keys                | status
        'exit'   | ['exit', 'Enter']   | 0
        'exit 3' | ['exit 3', 'Enter'] | 3
        'Ctrl-D' | ['C-d']             | 0
    }

    static final List<String> COMMANDS = ['cfg', 'completion', 'console', 'cpupool-cpu-add', 'cpupool-cpu-remove', 'cpupool-create',
                                          'cpupool-destroy', 'cpupool-list', 'cpupool-migrate', 'cpupool-numa-split',
                                          'cpupool-rename', 'create', 'destroy', 'dmesg', 'domid', 'domname', 'dump-core',
                                          'exit', 'help', 'host', 'info', 'list', 'mem-max', 'mem-set', 'pause', 'reboot',
                                          'rename', 'restore', 'save', 'sched-credit', 'sched-credit2', 'shutdown', 'sysrq',
                                          'trigger', 'truncate', 'unpause', 'uptime', 'vcpu-list', 'vcpu-pin', 'vcpu-set', 'vm-list', 'zfs']

    def "Tab completes command names and options"() {
        when: 'Tab on an empty line'
        tmux.keys('Tab')

        then: 'it lists the commands'
        tmux.waitForScreen { screen ->
            screen.readLines().drop(1).collectMany { it.trim().split(/\s+/) as List }.sort() == COMMANDS
        }

        when:
        tmux.keys('he', 'Tab')

        then:
        tmux.waitForScreen { it.endsWith("${PROMPT}help") }

        when:
        tmux.keys('C-u', 'exit -', 'Tab')

        then:
        tmux.waitForScreen { it.readLines().any { it.trim().split(/\s+/) as List == ['--help', '-h'] } }
    }

    def "a command runs, an error is one line, and the REPL goes on"() {
        when:
        tmux.keys('help exit', 'Enter')

        then:
        tmux.waitForScreen { it.contains('Usage: xsh exit [-h] [CODE]') && it.endsWith(PROMPT.trim()) }

        when:
        tmux.keys('nosuch', 'Enter')

        then:
        tmux.waitForScreen { it.readLines()[-2] == "xsh: Unknown command: 'nosuch'. Try 'help'." && it.endsWith(PROMPT.trim()) }

        when:
        tmux.keys('exit', 'Enter')

        then:
        tmux.waitForExit() == 0
    }

    def "Ctrl-C drops the line being typed"() {
        when:
        tmux.keys('nosuch', 'C-c')

        then: 'a fresh prompt'
        tmux.waitForScreen { it.readLines().count { it.startsWith(PROMPT.trim()) } == 2 }

        when:
        tmux.keys('help exit', 'Enter')

        then:
        tmux.waitForScreen { it.contains('Usage: xsh exit') && it.endsWith(PROMPT.trim()) }
        !tmux.screen().contains('Unknown command')
    }

    def "history is kept under XSH_HOME"() {
        when:
        tmux.keys('help exit', 'Enter')
        tmux.keys('exit', 'Enter')
        tmux.waitForExit()

        then:
        def history = new File(xsh.xshHome, 'history')
        history.readLines().collect { it.substring(it.indexOf(':') + 1) } == ['help exit', 'exit']
    }
}
