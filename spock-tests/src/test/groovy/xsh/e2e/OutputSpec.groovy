package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.TmuxSession
import xsh.e2e.support.XshProcess

/**
 * What bin/xsh prints for scripts and for people, on one embedded host with a paused guest, a
 * crashed one, a credit cpupool and a zvol with a snapshot: piped output of every listing
 * carries no escape byte, whatever TERM says; --color=always and a terminal colour list's
 * states; the global --json works through -c.
 */
class OutputSpec extends Specification {

    static final String ESC = '\u001b'

    @Shared
    @TempDir
    Path tmp

    @Shared
    XshProcess xsh

    def setupSpec() {
        xsh = new XshProcess(tmp)
        def guests = new GuestFiles(xsh.workDir)
        guests.config('web', 64)
        guests.config('db', 64, 1, 'on_crash = "preserve"\n')
        def setUp = xsh.run('-c', 'create -q web.cfg; create -q db.cfg; pause web; host inject crash db; '
                + 'cpupool-cpu-remove Pool-0 6-7; cpupool-create \'name="batch"\' \'sched="credit"\' \'cpus="6-7"\'; '
                + 'zfs create -V 1G zroot/web; zfs snapshot zroot/web@1')
        assert setUp.exitCode == 0: setUp.toString()
    }

    def "piped, '#command' prints no escape byte, though TERM says the terminal has colours"() {
        given:
        xsh.environment = [TERM: 'xterm-256color', COLORTERM: 'truecolor']

        when:
        def r = xsh.run(command.split(' ') as List<String>)

        then:
        r.exitCode == 0
        !r.stdout.isEmpty()
        !r.stdout.contains(ESC)
        !r.stderr.contains(ESC)

        where:
        command << ['list', 'list -v', 'list -c -n', 'list -Z', 'list -l', 'list --json', 'vcpu-list',
                    'vcpu-list --json', 'cpupool-list', 'cpupool-list -c', 'cpupool-list --json', 'uptime',
                    'uptime -s', 'uptime --json', 'info', 'info -n', 'info --json', 'sched-credit',
                    'sched-credit --json', 'sched-credit2', 'sched-credit2 -s', 'sched-credit2 --json',
                    'vm-list', 'vm-list --json', 'dmesg', 'dmesg --json', 'domid web', 'domname 1',
                    'zfs list -t all', 'zfs list -H', '--json zfs list', 'zfs get used zroot/web',
                    '--json zfs get used zroot/web', 'host list', 'host list --json', 'xl list',
                    'xl vcpu-list', 'xl cpupool-list', 'xl uptime', 'xl info']
    }

    def "NO_COLOR and --color=never keep the text plain; --color=always colours list's states even piped"() {
        when:
        xsh.environment = [TERM: 'xterm-256color']
        def forced = xsh.run('--color=always', 'list')
        def never = xsh.run('--color=never', 'list')
        xsh.environment = [TERM: 'xterm-256color', NO_COLOR: '1']
        def noColour = xsh.run('list')
        def forcedOverNoColour = xsh.run('--color=always', '-c', 'list')

        then:
        forced.exitCode == 0
        forced.stdoutLines.find { it.startsWith('web ') }.contains("${ESC}[33m--p---${ESC}[0m")
        forced.stdoutLines.find { it.startsWith('db ') }.contains("${ESC}[1;31m---sc-${ESC}[0m")
        withoutTimes(forced.stdout.replaceAll(/\u001b\[[0-9;]*m/, '')) == withoutTimes(never.stdout)
        !never.stdout.contains(ESC)
        withoutTimes(noColour.stdout) == withoutTimes(never.stdout)
        withoutTimes(forcedOverNoColour.stdout) == withoutTimes(forced.stdout)
    }

    def "the global --json reaches every command of -c"() {
        when:
        def r = xsh.run('--json', '-c', 'vm-list; cpupool-list')

        then:
        r.exitCode == 0
        def parts = r.stdout.split(/(?m)^(?=\[)/)
        parts.size() == 2
        new JsonSlurper().parseText(parts[0])*.name == ['Domain-0', 'web', 'db']
        new JsonSlurper().parseText(parts[1])*.name == ['Pool-0', 'batch']
    }

    @Requires(value = { TmuxSession.available() }, reason = 'tmux is not installed; .ci/run installs it')
    def "in a terminal, list colours the paused and the crashed domain; NO_COLOR there keeps it plain"() {
        given:
        def colours = new TmuxSession()
        def plain = new TmuxSession()

        // the pane stays open after list, so that its screen can be read
        def listThenWait = ['sh', '-c', '"$@"; echo "exit $?"; exec sleep 120', 'sh'] + xsh.launcher + ['list']

        when:
        colours.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path, TERM: 'xterm-256color'], listThenWait)
        plain.start(xsh.workDir, [XSH_HOME: xsh.xshHome.path, TERM: 'xterm-256color', NO_COLOR: '1'], listThenWait)

        then:
        colours.waitForScreen(120) { it.contains('exit 0') }
        plain.waitForScreen(120) { it.contains('exit 0') }
        def coloured = capture(colours)
        coloured.readLines().find { it.startsWith('web ') }.contains("${ESC}[33m--p---")
        coloured.readLines().find { it.startsWith('db ') }.contains("${ESC}[1m${ESC}[31m---sc-") ||
                coloured.readLines().find { it.startsWith('db ') }.contains("${ESC}[1;31m---sc-")
        !capture(plain).contains(ESC)

        cleanup:
        colours?.close()
        plain?.close()
    }

    /** list's rows without the Time(s) column: Domain-0's cpu time moves on between two runs. */
    static List<String> withoutTimes(String table) {
        table.readLines()*.replaceAll(/ +[\d.]+$/, '')
    }

    /** The screen with its attributes as escape sequences (tmux capture-pane -e). */
    static String capture(TmuxSession session) {
        def process = new ProcessBuilder('tmux', '-L', session.socket, '-f', '/dev/null', 'capture-pane', '-e', '-p', '-t', 'xsh')
                .redirectErrorStream(true).start()
        def text = process.inputStream.getText('UTF-8')
        process.waitFor()
        text
    }
}
