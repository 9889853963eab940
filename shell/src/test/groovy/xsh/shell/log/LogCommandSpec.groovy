package xsh.shell.log

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.SimShellHarness

/** log DOMAIN on the embedded host, whose monitors write xl-NAME.log as xl's do. */
class LogCommandSpec extends Specification {

    @TempDir
    Path home

    SimShellHarness shell

    def setup() {
        shell = new SimShellHarness(home)
    }

    def cleanup() {
        shell.close()
    }

    String logDir() {
        shell.host.dom0Layout().logDir()
    }

    def "a guest powered off with on_poweroff=destroy: its monitor's lines, then QEMU's log said to be missing"() {
        given:
        def d = shell.guest('web', 'on_poweroff = "destroy"').domid()
        shell.run('shutdown', 'web')
        shell.clock.advanceMillis(5000)

        when:
        def r = shell.run('log', 'web')

        then: 'the domain is gone; its log is not'
        shell.run('list', 'web').code == 1
        r.code == 0
        r.err == ''
        r.out.replaceAll(/\[pid \d+\]/, '[pid P]') == """\
==> ${logDir()}/xl-web.log <==
Waiting for domain web (domid $d) to die [pid P]
Domain $d has shut down, reason code 0 0x0
Action for shutdown reason code 0 is destroy
Domain $d needs to be cleaned up: destroying the domain
Done. Exiting now

${logDir()}/qemu-dm-web.log: no such file
"""
    }

    def "-n LINES: the last lines of each log; a domid names the live domain's logs"() {
        given:
        def d = shell.guest('web').domid()
        Files.writeString(Path.of(logDir(), 'qemu-dm-web.log'), 'one\ntwo\nthree\n')

        when:
        def r = shell.run('log', '-n', '2', "$d")

        then:
        r.code == 0
        r.outLines == ["==> ${logDir()}/xl-web.log <==".toString(),
                       r.outLines[1],
                       '',
                       "==> ${logDir()}/qemu-dm-web.log <==".toString(),
                       'two',
                       'three']
        r.outLines[1].startsWith("Waiting for domain web (domid $d) to die")
    }

    def "--json: both logs, each with whether it exists and its lines"() {
        given:
        shell.guest('web')

        when:
        def json = new JsonSlurper().parseText(shell.run('log', 'web', '--json').out)

        then:
        json.size() == 2
        json[0].file == "${logDir()}/xl-web.log".toString()
        json[0].exists
        json[0].lines.size() == 1
        json[1] == [file: "${logDir()}/qemu-dm-web.log".toString(), exists: false, lines: []]
    }

    def "no log of that name: one line, exit 1; a bad -n is a usage error"() {
        when:
        def none = shell.run('log', 'nosuch')
        def bad = shell.run('log', '-n', '-1', 'web')

        then:
        none.code == 1
        none.out == ''
        none.errLines == ["log: no logs of 'nosuch': neither ${logDir()}/xl-nosuch.log nor ${logDir()}/qemu-dm-nosuch.log exists".toString()]
        bad.code == 2
        bad.errLines[0] == "xsh: Invalid value for option '--lines': -1 is not 0 or more. Try 'xsh log --help'."
    }
}
