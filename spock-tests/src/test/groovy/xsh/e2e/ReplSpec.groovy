package xsh.e2e

import java.nio.file.Path
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.TmuxSession
import xsh.e2e.support.XshProcess

/**
 * The REPL in a real terminal (tmux): prompt, colours, completion, history and its search and
 * suggestions, Ctrl-C at the prompt and during a command, xl's command line, leaving.
 */
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
        startRepl()
    }

    /** Starts bin/xsh ARGS in the session; returns once the prompt shows. */
    void startRepl(List<String> args = [], String prompt = PROMPT) {
        tmux.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path], xsh.launcher + args)
        tmux.waitForScreen(120) { it.endsWith(prompt.trim()) }   // the first start may train the archive
    }

    /**
     * Leaves the REPL with exit and starts bin/xsh ARGS in a new session (on a server of its
     * own: the old one may still be shutting down).
     */
    void restartRepl(List<String> args = [], String prompt = PROMPT) {
        tmux.keys('exit', 'Enter')
        tmux.waitForExit()
        tmux.close()
        tmux = new TmuxSession()
        startRepl(args, prompt)
    }

    /** The screen with its colours and styles as escape sequences. */
    String styledScreen() {
        def process = new ProcessBuilder('tmux', '-L', tmux.socket, '-f', '/dev/null', 'capture-pane', '-p', '-e', '-t', 'xsh')
                .redirectErrorStream(true).start()
        def text = process.inputStream.getText('UTF-8')
        process.waitFor()
        text.replaceAll(/\s+\z/, '')
    }

    /** The last line of the screen shows the prompt, and nothing typed after it. */
    static boolean atPrompt(String screen, String prompt = PROMPT) {
        screen.endsWith(prompt.trim())
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

    static final List<String> COMMANDS = ['cfg', 'checkpoint', 'clear', 'completion', 'config-update', 'connect', 'console', 'cpupool-cpu-add', 'cpupool-cpu-remove', 'cpupool-create',
                                          'cpupool-destroy', 'cpupool-list', 'cpupool-migrate', 'cpupool-numa-split',
                                          'cpupool-rename', 'create', 'destroy', 'dmesg', 'domid', 'domname', 'dump-core',
                                          'exit', 'groovy', 'help', 'host', 'hosts', 'info', 'list', 'log', 'mem-max', 'mem-set', 'migrate', 'migrate-receive', 'pause', 'reboot',
                                          'rename', 'restore', 'save', 'sched-credit', 'sched-credit2', 'shutdown', 'sysrq', 'top',
                                          'trigger', 'truncate', 'unpause', 'uptime', 'vcpu-list', 'vcpu-pin', 'vcpu-set', 'vm-list', 'xl', 'zfs']

    def "Tab completes command names and options"() {
        when: 'Tab on an empty line'
        tmux.keys('Tab')

        then: 'it lists the commands'
        tmux.waitForScreen { screen ->
            screen.readLines().drop(1).collectMany { it.trim().split(/\s+/) as List }.sort() == COMMANDS
        }

        when:
        tmux.keys('he', 'Tab')

        then: 'the name, and after it the synopsis, faint'
        tmux.waitForScreen { it.endsWith("${PROMPT}help [-h] [COMMAND...]") }

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

    def "the prompt names the host when it is not the default one"() {
        when:
        restartRepl(['--host', 'lab'], 'xsh(lab)> ')

        then:
        atPrompt(tmux.screen(), 'xsh(lab)> ')
    }

    def "history outlives the REPL, and Ctrl-R finds an earlier line in it"() {
        given: 'a line typed in an earlier REPL'
        tmux.keys('help exit', 'Enter')
        tmux.waitForScreen { it.contains('Usage: xsh exit') && atPrompt(it) }
        tmux.keys('help list', 'Enter')
        tmux.waitForScreen { it.contains('Usage: xsh list') && atPrompt(it) }

        when: 'a new REPL searches for it'
        restartRepl()
        tmux.keys('C-r', 'p e')

        then: 'the line found, and the search under it'
        tmux.waitForScreen { it.readLines() == ["${PROMPT}help exit", 'bck-i-search: p e_'] }

        when:
        tmux.keys('Enter')

        then:
        tmux.waitForScreen { it.contains('Usage: xsh exit') && atPrompt(it) }
    }

    def "an earlier line that begins as typed is suggested in faint type; Right takes it"() {
        given:
        tmux.keys('help exit', 'Enter')
        tmux.waitForScreen { it.contains('Usage: xsh exit') && atPrompt(it) }
        tmux.keys('clear', 'Enter')
        tmux.waitForScreen { it == PROMPT.trim() }

        when:
        tmux.keys('help e')

        then: 'the rest of the line, faint (SGR 2)'
        tmux.waitForScreen { it.endsWith("${PROMPT}help exit") }
        styledScreen().readLines()[-1].contains('\u001b[2mxit')

        when:
        tmux.keys('Right', 'Enter')

        then:
        tmux.waitForScreen { it.readLines()[0] == "${PROMPT}help exit" && it.contains('Usage: xsh exit') && atPrompt(it) }
    }

    def "after a command's name its synopsis is shown faint"() {
        when:
        tmux.keys('exit ')

        then:
        tmux.waitForScreen { it.endsWith("${PROMPT}exit [-h] [CODE]") }
        styledScreen().readLines()[-1].contains('\u001b[2m[-h] [CODE]')
    }

    def "the line is coloured as it is typed: #line"() {
        when:
        tmux.keys(line)

        then:
        tmux.waitForScreen { it.endsWith("${PROMPT}${line}") }
        styledScreen().readLines()[-1].contains(drawn)

        where:
        line            | drawn
        'help'          | '\u001b[32mhelp'     // a command, green
        'nosuch'        | '\u001b[31mnosuch'   // not a command, red
        'exit --help'   | '\u001b[36m--help'   // an option, cyan
    }

    def "with #how the line is typed without colours"() {
        given:
        restartRepl(args)

        when:
        tmux.keys('help')

        then:
        tmux.waitForScreen { it.endsWith("${PROMPT}help") }
        !styledScreen().readLines()[-1].contains('\u001b[3')

        where:
        how              | args
        '--color=never'  | ['--color=never']
    }

    def "a wrong command is one line, without a stack trace"() {
        when:
        tmux.keys('exit x', 'Enter')

        then:
        def screen = tmux.waitForScreen { atPrompt(it) && it.readLines().size() == 3 }
        screen.readLines()[1] == "xsh: Invalid value for positional parameter at index 0 (CODE): 'x' is not an int. Try 'exit --help'."
        !screen.contains('Exception')
    }

    def "several commands on one line run one after the other"() {
        when:
        tmux.keys('help exit; help clear', 'Enter')

        then:
        tmux.waitForScreen { it.contains('Usage: xsh exit') && it.contains('Usage: xsh clear') && atPrompt(it) }
        tmux.screen().indexOf('Usage: xsh exit') < tmux.screen().indexOf('Usage: xsh clear')
    }

    def "help lists the commands; help COMMAND shows the command's usage"() {
        when:
        tmux.keys('help', 'Enter')

        then:
        tmux.waitForScreen { it.contains('  xl ') && it.contains('  clear ') && atPrompt(it) }

        when:
        tmux.keys('clear', 'Enter')
        tmux.waitForScreen { it == PROMPT.trim() }   // typed before clear ran, the line would be cleared with the screen
        tmux.keys('help list', 'Enter')

        then:
        tmux.waitForScreen { it.readLines().size() > 1 && it.readLines()[1].startsWith('Usage: xsh list') && atPrompt(it) }
    }

    def "clear leaves the prompt alone at the top of the screen"() {
        given:
        tmux.keys('help exit', 'Enter')
        tmux.waitForScreen { it.contains('Usage: xsh exit') && atPrompt(it) }

        when:
        tmux.keys('clear', 'Enter')

        then:
        tmux.waitForScreen { it == PROMPT.trim() }
    }

    def "xl ARGS at the prompt is xl's command line: its table, its messages"() {
        when:
        tmux.keys('xl list', 'Enter')

        then:
        def screen = tmux.waitForScreen { atPrompt(it) && it.contains('Domain-0') }
        screen.readLines()[1] ==~ /Name {40}ID {3}Mem VCPUs\s+State\s+Time\(s\)/
        screen.readLines()[2] ==~ /Domain-0 +0 +\d+ +\d+ +r----- +\d+\.\d/

        when:
        tmux.keys('clear', 'Enter')
        tmux.waitForScreen { it == PROMPT.trim() }   // typed before clear ran, the line would be cleared with the screen
        tmux.keys('xl nosuch', 'Enter')

        then:
        tmux.waitForScreen { it.readLines() == ["${PROMPT}xl nosuch", 'command not implemented', PROMPT.trim()] }
    }

    def "Ctrl-C stops #what, the REPL goes on with status 130 and the guest is left as it was"() {
        given: 'a guest'
        new GuestFiles(xsh.workDir).config('web')
        tmux.keys('create web.cfg', 'Enter')
        tmux.waitForScreen { it.contains('Parsing config from web.cfg') && atPrompt(it) }
        tmux.keys(*setup, 'clear', 'Enter')
        tmux.waitForScreen { it == PROMPT.trim() }

        when:
        tmux.keys(command, 'Enter')
        tmux.waitForScreen { it.contains(running) }
        tmux.keys('C-c')

        then: 'a note, then the prompt'
        def screen = tmux.waitForScreen { atPrompt(it) && it.contains(note) }
        !screen.contains('Exception')

        when: 'the terminal works as before: keys echo, commands run'
        tmux.keys('clear', 'Enter')
        tmux.waitForScreen { it == PROMPT.trim() }   // typed before clear ran, the line would be cleared with the screen
        tmux.keys('list web', 'Enter')

        then:
        tmux.waitForScreen { atPrompt(it) && it.readLines().size() == 4 }
        tmux.screen().readLines()[2] ==~ /web +\d+ +256 +2 +${state} +\d+\.\d/

        where:
        what                                    | setup                           | command              | running                 | note                                              | state
        'console'                               | []                              | 'console web'        | 'Booting paravirtualized kernel' | 'xsh: interrupted'                       | /[r-][b-]----/
        'xl console'                            | []                              | 'xl console web'     | 'Booting paravirtualized kernel' | 'xsh: interrupted'                       | /[r-][b-]----/
        'shutdown -w of a guest that never acts'| ['pause web', 'Enter']          | 'shutdown -w web'    | 'Waiting for 1 domains' | 'interrupted while waiting for 1 domains'         | /[r-][b-]p---/
    }

    def "Ctrl-C during a save removes the partial image and resumes the guest"() {
        given: 'a guest big enough that its save takes a while'
        new GuestFiles(xsh.workDir).config('db', 2048)
        tmux.keys('create db.cfg', 'Enter')
        tmux.waitForScreen { it.contains('Parsing config from db.cfg') && atPrompt(it) }
        tmux.keys('clear', 'Enter')
        tmux.waitForScreen { it == PROMPT.trim() }

        when: 'Ctrl-C while its memory is being written'
        tmux.keys('save db db.save', 'Enter')
        tmux.waitForScreen { it.contains('Saving memory') }   // xl's progress line, or a progress bar
        tmux.keys('C-c')

        then: 'xl\'s word that the guest is resumed, the note, the prompt'
        def screen = tmux.waitForScreen { atPrompt(it) && it.contains('xsh: interrupted') }
        screen.contains('Failed to save domain, resuming domain')
        !screen.contains('Exception')
        xsh.workDir.list().findAll { it.contains('db.save') } == []

        when:
        tmux.keys('clear', 'Enter')
        tmux.waitForScreen { it == PROMPT.trim() }   // typed before clear ran, the line would be cleared with the screen
        tmux.keys('list db', 'Enter')

        then: 'the guest runs on'
        tmux.waitForScreen { atPrompt(it) && it.readLines().size() == 4 }
        tmux.screen().readLines()[2] ==~ /db +\d+ +2048 +2 +[r-][b-]---- +\d+\.\d/
    }
}
