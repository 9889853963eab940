package xsh.shell.misc

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.time.ZoneId
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.shell.ShellHarness
import xsh.toolstack.info.Uptimes

class MiscCommandsSpec extends Specification {

    @TempDir
    Path dir

    def shell = new ShellHarness()

    def setup() {
        shell.host.now = Instant.parse('2026-01-03T01:02:03Z')
        shell.host.fake(0).started = Instant.parse('2026-01-01T00:00:00Z')
        shell.host.add(domid: 3, name: 'web', uuid: UUID.fromString('6f1c1e5e-3a2b-4c1d-9e8f-0123456789ab'),
                started: Instant.parse('2026-01-02T00:00:00Z'))
        shell.host.add(domid: 12, name: 'db', uuid: UUID.fromString('00000000-0000-0000-0000-00000000000c'),
                started: Instant.parse('2026-01-03T00:59:00Z'))
    }

    def "uptime: xl's header and rows, Domain-0 first"() {
        when:
        def r = shell.run('uptime')

        then:
        r.code == 0
        r.err == ''
        r.out == '''\
Name                                ID Uptime
Domain-0                             0 2 days,  1:02:03
web                                  3 1 day,  1:02:03
db                                  12  0:03:03
'''
    }

    def "uptime DOMAIN...: those, in their order"() {
        expect:
        shell.run('uptime', 'db', '0').outLines == ['Name                                ID Uptime',
                                                    'db                                  12  0:03:03',
                                                    'Domain-0                             0 2 days,  1:02:03']
    }

    def "uptime -s: one uptime(1)-like line per domain, the time of day in the local zone"() {
        given:
        def now = java.time.format.DateTimeFormatter.ofPattern('HH:mm:ss')
                .format(shell.host.now.atZone(ZoneId.systemDefault()))

        expect:
        shell.run('uptime', '-s').out == """\
 $now up 2 days,  1:02, Domain-0 (0)
 $now up 1 day,  1:02, web (3)
 $now up  0:03, db (12)
"""
    }

    def "xl's uptime_to_string: #seconds s"() {
        expect:
        UptimeText.duration(seconds, false) == full
        UptimeText.duration(seconds, true) == brief

        where:
        seconds    | full                 | brief
        0          | ' 0:00:00'           | ' 0:00'
        59         | ' 0:00:59'           | ' 0:00'
        3600 * 10  | '10:00:00'           | '10:00'
        86399      | '23:59:59'           | '23:59'
        86400      | '1 day,  0:00:00'    | '1 day,  0:00'
        2 * 86400  | '2 days,  0:00:00'   | '2 days,  0:00'
    }

    def "uptime --json"() {
        expect:
        new JsonSlurper().parseText(shell.run('uptime', '--json', 'web').out) ==
                [[name: 'web', domid: 3, uptime_seconds: 90123]]
    }

    def "domid and domname print one line; xl's messages and exit 1 otherwise"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == code
        r.out == out
        r.err == err

        where:
        args                  | code | out        | err
        ['domid', 'web']      | 0    | '3\n'      | ''
        ['domid', 'Domain-0'] | 0    | '0\n'      | ''
        ['domname', '12']     | 0    | 'db\n'     | ''
        ['domname', '0']      | 0    | 'Domain-0\n' | ''
        ['domid', 'nosuch']   | 1    | ''         | "Can't get domid of domain name 'nosuch', maybe this domain does not exist.\n"
        ['domname', '9']      | 1    | ''         | "Can't get domain name of domain id '9', maybe this domain does not exist.\n"
        ['domname', 'web']    | 1    | ''         | 'Invalid domain id.\n\n'
    }

    def "vm-list: xl's header and rows, the name padded to 30"() {
        expect:
        shell.run('vm-list').out == '''\
UUID                                  ID    name
00000000-0000-0000-0000-000000000000  0    Domain-0                      
6f1c1e5e-3a2b-4c1d-9e8f-0123456789ab  3    web                           
00000000-0000-0000-0000-00000000000c  12    db                            
'''
    }

    def "dmesg prints the ring as it is; -c empties it afterwards"() {
        when:
        def first = shell.run('dmesg', '-c')
        def second = shell.run('dmesg')

        then:
        first.out == '(XEN) Xen version 4.17.7\n(XEN) Brought up 8 CPUs\n'
        second.out == ''
        shell.host.calls == ['dmesg clear', 'dmesg']
    }

    def "trigger: names in any case; a bad name or domain is xl's message, exit 1"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == code
        r.err == err
        shell.host.calls == calls

        where:
        args                                | code | err                                                  | calls
        ['trigger', 'web', 'NMI']           | 0    | ''                                                   | ['trigger 3 nmi 0']
        ['trigger', 'web', 'reset', '1']    | 0    | ''                                                   | ['trigger 3 reset 1']
        ['trigger', 'web', 'power', 'x']    | 0    | 'Invalid vcpuid, using default vcpuid=0.\n\n'        | ['trigger 3 power 0']
        ['trigger', 'web', 'bogus']         | 1    | 'Invalid trigger "bogus"\n'                          | []
        ['trigger', 'nosuch', 'nmi']        | 1    | 'nosuch is an invalid domain identifier (rc=-6)\n'   | []
    }

    def "a trigger the host refuses fails in xsh, and is only told under xl, which exits 0"() {
        given:
        shell.host.refuseSignal = new HvException(HvError.FAIL, "Send trigger 'power' failed: Invalid argument")

        when:
        def own = shell.run('trigger', 'web', 'power')
        def xl = shell.runAsXl(false, 'trigger', 'web', 'power')

        then:
        own.code == 1
        own.err == "Domain 3:Send trigger 'power' failed: Invalid argument\ntrigger failed (rc=-3)\n"
        xl.code == 0
        xl.err == "Domain 3:Send trigger 'power' failed: Invalid argument\n"
    }

    def "sysrq: one letter; more is Invalid sysrq., a blank line and the help, exit 1"() {
        when:
        def ok = shell.run('sysrq', 'web', 'b')
        def bad = shell.run('sysrq', 'web', 'bo')

        then:
        ok.code == 0
        shell.host.calls == ['sysrq 3 b']
        bad.code == 1
        bad.errLines[0..1] == ['Invalid sysrq.', '']
        bad.errLines[2].startsWith('Usage: xsh sysrq')
    }

    def "dump-core writes the core and leaves the domain running"() {
        given:
        def core = dir.resolve('web.core')

        when:
        def r = shell.run('dump-core', 'web', core.toString())

        then:
        r.code == 0
        r.out == ''
        r.err == ''
        Files.size(core) > 8192
        shell.host.calls == ['pause 3', 'unpause 3']
    }

    def "dump-core to a file that cannot be made: libxl's line and core dump failed (rc=-3), exit 1"() {
        when:
        def r = shell.run('dump-core', 'web', dir.resolve('no/such/dir').toString())

        then:
        r.code == 1
        r.errLines[1] == 'core dump failed (rc=-3)'
        shell.host.fake(3).pauseCount == 0
    }

    def "console prints the output so far when not at a terminal; xl's messages otherwise"() {
        given:
        shell.host.consoles[3] = ['Welcome to Alpine Linux 3.19', '', 'web login: ']

        when:
        def r = shell.run(args as String[])

        then:
        r.code == code
        r.out == out
        r.err == err

        where:
        args                                  | code | out                                                   | err
        ['console', 'web']                    | 0    | 'Welcome to Alpine Linux 3.19\n\nweb login: \n'       | ''
        ['console', '-t', 'pv', 'web']        | 0    | 'Welcome to Alpine Linux 3.19\n\nweb login: \n'       | ''
        ['console', '-t', 'tty', 'web']       | 1    | ''                                                    | 'console type supported are: pv, serial, vuart\n'
        ['console', '-t', 'serial', 'web']    | 1    | ''                                                    | 'Unable to attach console\n'
        ['console', '-n', '1', 'web']         | 0    | 'Welcome to Alpine Linux 3.19\n\nweb login: \n'       | ''
        ['console', '-t', 'pv', '-n', '1', 'web'] | 1 | ''                                                   | 'Unable to attach console\n'
        ['console', '9']                      | 1    | ''                                                    | 'Unable to attach console\n'
    }
}
