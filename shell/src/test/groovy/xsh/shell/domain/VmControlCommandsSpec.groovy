package xsh.shell.domain

import spock.lang.Specification
import xsh.shell.ShellHarness

class VmControlCommandsSpec extends Specification {

    def shell = new ShellHarness()

    def setup() {
        shell.host.add(domid: 3, name: 'web', running: true)
        shell.host.add(domid: 4, name: 'db', running: true)
    }

    def "#args succeeds quietly"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 0
        r.out == ''
        r.err == ''
        shell.host.calls == calls

        where:
        args                        | calls
        ['pause', 'web']            | ['pause 3']
        ['pause', '4']              | ['pause 4']
        ['destroy', 'web']          | ['destroy 3']
        ['destroy', '-f', '0']      | ['destroy 0 force']
        ['rename', 'web', 'www']    | ['rename 3 www']
    }

    def "pause then unpause leaves the domain running"() {
        when:
        shell.run('pause', 'web')
        def paused = shell.host.domain(3).get().state().flags()
        shell.run('unpause', 'web')

        then:
        paused == 'r-p---'
        shell.host.domain(3).get().state().flags() == 'r-----'
    }

    def "#args fails with xl's lines on stderr and exit code #code"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == code
        r.out == ''
        r.errLines == lines

        where:
        args                       | code | lines
        ['pause', 'nosuch']        | 1    | ['nosuch is an invalid domain identifier (rc=-6)']
        ['unpause', 'web']         | 1    | ['Domain 3:Unpausing domain: Invalid argument', 'unpause failed (rc=-3)']
        ['pause', '9']             | 1    | ['Domain 9:Non-existant domain', 'pause failed (rc=-21)']
        ['destroy', '0']           | 1    | ['Not destroying domain 0; use -f to force.',
                                             'This can only be done when using a disaggregated hardware domain and toolstack.',
                                             '']
        ['destroy', 'Domain-0']    | 1    | ['Not destroying domain 0; use -f to force.',
                                             'This can only be done when using a disaggregated hardware domain and toolstack.',
                                             '']
        ['destroy', '9']           | 1    | ['Domain 9:Non-existant domain', 'destroy failed (rc=-21)']
        ['rename', 'web', 'db']    | 1    | ['Domain with name "db" already exists.', "Can't rename domain 'web'."]
        ['rename', 'nosuch', 'x']  | 1    | ['nosuch is an invalid domain identifier (rc=-6)']
    }

    def "the blank line after xl's Domain-0 message is there, byte for byte"() {
        expect:
        shell.run('destroy', '0').err == 'Not destroying domain 0; use -f to force.\n' +
                'This can only be done when using a disaggregated hardware domain and toolstack.\n\n'
    }

    def "a missing domain argument is a usage error, exit code 2: #command"() {
        when:
        def r = shell.run(command)

        then:
        r.code == 2
        r.errLines.size() == 1
        r.errLines[0].startsWith('xsh: Missing required parameter')

        where:
        command << ['pause', 'unpause', 'destroy', 'rename']
    }
}
