package xsh.shell.domain

import groovy.json.JsonSlurper
import spock.lang.Specification
import xsh.hv.ShutdownReason
import xsh.shell.ShellHarness

class ListCommandSpec extends Specification {

    def shell = new ShellHarness()

    def setup() {
        shell.host.add(domid: 3, name: 'web', currentKib: 524288, targetKib: 524288, maxKib: 1048576, vcpus: 2,
                maxVcpus: 4, blocked: true, cpuTimeNanos: 2_500_000_000L,
                uuid: UUID.fromString('6f1c1e5e-3a2b-4c1d-9e8f-0123456789ab'))
        shell.host.add(domid: 4, name: 'db', pauseCount: 2, shutdown: ShutdownReason.CRASH)
    }

    def "list prints xl's table on stdout and nothing on stderr"() {
        when:
        def r = shell.run('list')

        then:
        r.code == 0
        r.err == ''
        r.out == DomainTable.render(shell.host.domains(), DomainTable.Columns.PLAIN, false)
        r.outLines[0].contains('\tState\t')
        r.outLines.size() == 4
    }

    def "list DOMAIN shows that domain only: #argument"() {
        when:
        def r = shell.run(['list'] + options + [argument] as String[])

        then:
        r.code == 0
        r.outLines.size() == 2
        r.outLines[1].startsWith(name)

        where:
        options      | argument  | name
        []           | 'web'     | 'web '
        []           | '3'       | 'web '
        ['-v']       | 'db'      | 'db '
        ['-c', '-v'] | '0'       | 'Domain-0 '
    }

    def "list of a domain that is not there: xl's messages and exit code 1"() {
        when:
        def r = shell.run('list', argument)

        then:
        r.code == 1
        r.out == ''
        r.errLines == [message]

        where:
        argument | message
        '9'      | "Error: Domain '9' does not exist."
        'nosuch' | 'nosuch is an invalid domain identifier (rc=-6)'
    }

    def "list takes at most one domain, and only xl's options"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 2
        r.errLines.size() == 1

        where:
        args << [['list', 'web', 'db'], ['list', '-x']]
    }

    def "-Z adds the security label column (no XSM: -), -n the NUMA nodes, after -v's and -c's: #options"() {
        when:
        def r = shell.run(['list'] + options + ['web'] as String[])

        then:
        r.code == 0
        r.outLines == [header, row]

        where:
        options            | header                                                                                    | row
        ['-Z']             | DomainTable.HEADER + '   Security Label'                                                  | WEB_ROW + '                -'
        ['-n']             | DomainTable.HEADER + ' NODE Affinity'                                                     | WEB_ROW + ' all'
        ['-Z', '-c', '-n'] | DomainTable.HEADER + '   Security Label         Cpupool NODE Affinity'                   | WEB_ROW + '                -          Pool-0 all'
        ['-v', '-Z']       | DomainTable.HEADER + DomainTable.VERBOSE_HEADER                                            | WEB_ROW + ' 6f1c1e5e-3a2b-4c1d-9e8f-0123456789ab        -                -'
    }

    static final String WEB_ROW = 'web                                          3   512     2     -b----       2.5'

    def "-l is xl's JSON of each domain's libxl configuration; Domain-0 and domains without one are left out"() {
        given:
        def cfg = File.createTempFile('test', '.cfg')
        cfg.text = 'name = "test"\ntype = "pv"\nkernel = "/boot/vmlinuz"\nmemory = 512\nvcpus = 2\n'
        shell.run('create', '-q', cfg.path)
        def test = shell.host.domainNamed('test').get()

        when:
        def r = shell.run(args as String[])

        then:
        r.code == 0
        r.out.startsWith('[\n    {\n        "domid": ' + test.domid() + ',\n        "config": {\n            "c_info": {\n')
        r.out.contains('                "uuid": "' + test.uuid() + '",\n')
        r.out.contains('            "sched_params": {\n\n            },\n') == false
        r.out.contains('                "sched_params": {\n\n                },\n')
        r.out.endsWith('            "on_soft_reset": "soft_reset"\n        }\n    }\n]\n')
        new JsonSlurper().parseText(r.out)*.domid == [test.domid()]

        cleanup:
        cfg.delete()

        where:
        args << [['list', '-l'], ['list', '--long', 'test'], ['list', '-l', '-v']]
    }

    def "-l of a domain without a configuration is an empty array"() {
        expect:
        shell.run('list', '-l', 'web').out == '[\n\n]\n'
    }

    def "list --json (or the global --json) is an array with the documented fields"() {
        when:
        def r = shell.run(args as String[])
        def json = new JsonSlurper().parseText(r.out)

        then:
        r.code == 0
        json*.name == ['Domain-0', 'web', 'db']
        json[1] == [
                domid      : 3,
                name       : 'web',
                uuid       : '6f1c1e5e-3a2b-4c1d-9e8f-0123456789ab',
                type       : 'pv',
                state      : [flags: '-b----', running: false, blocked: true, paused: false, pause_count: 0,
                              shutdown: null, dying: false],
                memory     : [current_kib: 524288, target_kib: 524288, max_kib: 1048576],
                vcpus      : [online: 2, max: 4],
                cpu_time_ns: 2_500_000_000L,
                started    : '2026-01-01T00:00:00Z',
                cpupool    : 'Pool-0']
        json[2].state == [flags: '--psc-', running: false, blocked: false, paused: true, pause_count: 2,
                          shutdown: 'crash', dying: false]

        where:
        args << [['list', '--json'], ['--json', 'list'], ['list', '-v', '--json']]
    }

    def "list --json DOMAIN is a one-element array"() {
        expect:
        new JsonSlurper().parseText(shell.run('list', '--json', 'db').out)*.domid == [4]
    }

    def "each command opens the host and closes it"() {
        when:
        shell.run('list')
        shell.run('list', 'web')

        then:
        shell.host.closed == 2
    }
}
